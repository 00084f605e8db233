// GENERATED FILE, do not edit. Made from spec/derived/shapes.schema.json, spec/derived/operations.json and spec/derived/errors.json by `npm run generate`.
// Wire shapes of the connection operations, as the model defines them.

/**
 * A string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
 */
export type AppRunnerResourceArn = string;
/**
 * A string of 4 to 32 characters (code points), matching `^[A-Za-z0-9][A-Za-z0-9\-_]{3,31}$`.
 */
export type ConnectionName = string;
/**
 * One of `GITHUB`, `BITBUCKET`.
 */
export type ProviderType = 'GITHUB' | 'BITBUCKET';
/**
 * One of `PENDING_HANDSHAKE`, `AVAILABLE`, `ERROR`, `DELETED`.
 */
export type ConnectionStatus = 'PENDING_HANDSHAKE' | 'AVAILABLE' | 'ERROR' | 'DELETED';
/**
 * Epoch seconds.
 */
export type Timestamp = number;
/**
 * A list of `ConnectionSummary`.
 */
export type ConnectionSummaryList = ConnectionSummary[];
/**
 * A string of 1 to 128 characters (code points), matching `^(?!aws:).+$`.
 */
export type TagKey = string;
/**
 * A string of at most 256 characters (code points), matching `.*`.
 */
export type TagValue = string;
/**
 * A list of `Tag`.
 */
export type TagList = Tag[];
/**
 * A string of at most 600 characters (code points).
 */
export type ErrorMessage = string;
/**
 * An integer from 1 to 100.
 */
export type MaxResults = number;
/**
 * A string of 1 to 1024 characters (code points), matching `.*`.
 */
export type NextToken = string;
/**
 * A list of `TagKey`.
 */
export type TagKeyList = TagKey[];

/**
 * Every shape the connection operations reach, as the model defines it.
 *
 * Each member is the type of the shape of its name.
 */
export interface AppRunnerConnectionShapes {
  /**
   * The `AppRunnerResourceArn` shape.
   */
  AppRunnerResourceArn: AppRunnerResourceArn;
  /**
   * The `Connection` shape.
   */
  Connection: Connection;
  /**
   * The `ConnectionName` shape.
   */
  ConnectionName: ConnectionName;
  /**
   * The `ConnectionStatus` shape.
   */
  ConnectionStatus: ConnectionStatus;
  /**
   * The `ConnectionSummary` shape.
   */
  ConnectionSummary: ConnectionSummary;
  /**
   * The `ConnectionSummaryList` shape.
   */
  ConnectionSummaryList: ConnectionSummaryList;
  /**
   * The `CreateConnectionRequest` shape.
   */
  CreateConnectionRequest: CreateConnectionRequest;
  /**
   * The `CreateConnectionResponse` shape.
   */
  CreateConnectionResponse: CreateConnectionResponse;
  /**
   * The `DeleteConnectionRequest` shape.
   */
  DeleteConnectionRequest: DeleteConnectionRequest;
  /**
   * The `DeleteConnectionResponse` shape.
   */
  DeleteConnectionResponse: DeleteConnectionResponse;
  /**
   * The `ErrorMessage` shape.
   */
  ErrorMessage: ErrorMessage;
  /**
   * The `InternalServiceErrorException` shape.
   */
  InternalServiceErrorException: InternalServiceErrorException;
  /**
   * The `InvalidRequestException` shape.
   */
  InvalidRequestException: InvalidRequestException;
  /**
   * The `InvalidStateException` shape.
   */
  InvalidStateException: InvalidStateException;
  /**
   * The `ListConnectionsRequest` shape.
   */
  ListConnectionsRequest: ListConnectionsRequest;
  /**
   * The `ListConnectionsResponse` shape.
   */
  ListConnectionsResponse: ListConnectionsResponse;
  /**
   * The `ListTagsForResourceRequest` shape.
   */
  ListTagsForResourceRequest: ListTagsForResourceRequest;
  /**
   * The `ListTagsForResourceResponse` shape.
   */
  ListTagsForResourceResponse: ListTagsForResourceResponse;
  /**
   * The `MaxResults` shape.
   */
  MaxResults: MaxResults;
  /**
   * The `NextToken` shape.
   */
  NextToken: NextToken;
  /**
   * The `ProviderType` shape.
   */
  ProviderType: ProviderType;
  /**
   * The `ResourceNotFoundException` shape.
   */
  ResourceNotFoundException: ResourceNotFoundException;
  /**
   * The `ServiceQuotaExceededException` shape.
   */
  ServiceQuotaExceededException: ServiceQuotaExceededException;
  /**
   * The `Tag` shape.
   */
  Tag: Tag;
  /**
   * The `TagKey` shape.
   */
  TagKey: TagKey;
  /**
   * The `TagKeyList` shape.
   */
  TagKeyList: TagKeyList;
  /**
   * The `TagList` shape.
   */
  TagList: TagList;
  /**
   * The `TagResourceRequest` shape.
   */
  TagResourceRequest: TagResourceRequest;
  /**
   * The `TagResourceResponse` shape.
   */
  TagResourceResponse: TagResourceResponse;
  /**
   * The `TagValue` shape.
   */
  TagValue: TagValue;
  /**
   * The `Timestamp` shape.
   */
  Timestamp: Timestamp;
  /**
   * The `UntagResourceRequest` shape.
   */
  UntagResourceRequest: UntagResourceRequest;
  /**
   * The `UntagResourceResponse` shape.
   */
  UntagResourceResponse: UntagResourceResponse;
}
/**
 * Describes an App Runner connection resource.
 */
export interface Connection {
  /**
   * The customer-provided connection name.
   */
  ConnectionName?: ConnectionName;
  /**
   * The Amazon Resource Name (ARN) of this connection.
   */
  ConnectionArn?: AppRunnerResourceArn;
  /**
   * The source repository provider.
   */
  ProviderType?: ProviderType;
  /**
   * The current state of the App Runner connection. When the state is `AVAILABLE`, you can use the connection to create an App Runner service.
   */
  Status?: ConnectionStatus;
  /**
   * The App Runner connection creation time, expressed as a Unix time stamp.
   */
  CreatedAt?: Timestamp;
}
/**
 * Provides summary information about an App Runner connection resource.
 */
export interface ConnectionSummary {
  /**
   * The customer-provided connection name.
   */
  ConnectionName?: ConnectionName;
  /**
   * The Amazon Resource Name (ARN) of this connection.
   */
  ConnectionArn?: AppRunnerResourceArn;
  /**
   * The source repository provider.
   */
  ProviderType?: ProviderType;
  /**
   * The current state of the App Runner connection. When the state is `AVAILABLE`, you can use the connection to create an App Runner service.
   */
  Status?: ConnectionStatus;
  /**
   * The App Runner connection creation time, expressed as a Unix time stamp.
   */
  CreatedAt?: Timestamp;
}
/**
 * The input of the `CreateConnection` operation.
 */
export interface CreateConnectionRequest {
  /**
   * A name for the new connection. It must be unique across all App Runner connections for the Amazon Web Services account in the Amazon Web Services Region.
   */
  ConnectionName: ConnectionName;
  /**
   * The source repository provider.
   */
  ProviderType: ProviderType;
  /**
   * A list of metadata items that you can associate with your connection resource. A tag is a key-value pair.
   */
  Tags?: TagList;
}
/**
 * Describes a tag that is applied to an App Runner resource. A tag is a metadata item consisting of a key-value pair.
 */
export interface Tag {
  /**
   * The key of the tag.
   */
  Key?: TagKey;
  /**
   * The value of the tag.
   */
  Value?: TagValue;
}
/**
 * The output of the `CreateConnection` operation.
 */
export interface CreateConnectionResponse {
  /**
   * A description of the App Runner connection that's created by this request.
   */
  Connection: Connection;
}
/**
 * The input of the `DeleteConnection` operation.
 */
export interface DeleteConnectionRequest {
  /**
   * The Amazon Resource Name (ARN) of the App Runner connection that you want to delete.
   */
  ConnectionArn: AppRunnerResourceArn;
}
/**
 * The output of the `DeleteConnection` operation.
 */
export interface DeleteConnectionResponse {
  /**
   * A description of the App Runner connection that this request just deleted.
   */
  Connection?: Connection;
}
/**
 * An unexpected service exception occurred.
 *
 * The body of the `InternalServiceErrorException` error (HTTP 500, a server fault).
 */
export interface InternalServiceErrorException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
 * One or more input parameters aren't valid. Refer to the API action's document page, correct the input parameters, and try the action again.
 *
 * The body of the `InvalidRequestException` error (HTTP 400, a client fault).
 */
export interface InvalidRequestException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
 * You can't perform this action when the resource is in its current state.
 *
 * The body of the `InvalidStateException` error (HTTP 400, a client fault).
 */
export interface InvalidStateException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
 * The input of the `ListConnections` operation.
 */
export interface ListConnectionsRequest {
  /**
   * If specified, only this connection is returned. If not specified, the result isn't filtered by name.
   */
  ConnectionName?: ConnectionName;
  /**
   * The maximum number of results to include in each response (result page). Used for a paginated request.
   *
   * If you don't specify `MaxResults`, the request retrieves all available results in a single response.
   */
  MaxResults?: MaxResults;
  /**
   * A token from a previous result page. Used for a paginated request. The request retrieves the next result page. All other parameter values must be identical to the ones specified in the initial request.
   *
   * If you don't specify `NextToken`, the request retrieves the first result page.
   */
  NextToken?: NextToken;
}
/**
 * The output of the `ListConnections` operation.
 */
export interface ListConnectionsResponse {
  /**
   * A list of summary information records for connections. In a paginated request, the request returns up to `MaxResults` records for each call.
   */
  ConnectionSummaryList: ConnectionSummaryList;
  /**
   * The token that you can pass in a subsequent request to get the next result page. Returned in a paginated request.
   */
  NextToken?: NextToken;
}
/**
 * The input of the `ListTagsForResource` operation.
 */
export interface ListTagsForResourceRequest {
  /**
   * The Amazon Resource Name (ARN) of the resource that a tag list is requested for.
   *
   * It must be the ARN of an App Runner resource.
   */
  ResourceArn: AppRunnerResourceArn;
}
/**
 * The output of the `ListTagsForResource` operation.
 */
export interface ListTagsForResourceResponse {
  /**
   * A list of the tag key-value pairs that are associated with the resource.
   */
  Tags?: TagList;
}
/**
 * A resource doesn't exist for the specified Amazon Resource Name (ARN) in your Amazon Web Services account.
 *
 * The body of the `ResourceNotFoundException` error (HTTP 400, a client fault).
 */
export interface ResourceNotFoundException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
 * App Runner can't create this resource. You've reached your account quota for this resource type.
 *
 * For App Runner per-resource quotas, see App Runner endpoints and quotas (https://docs.aws.amazon.com/general/latest/gr/apprunner.html) in the Amazon Web Services General Reference.
 *
 * The body of the `ServiceQuotaExceededException` error (HTTP 402, a client fault).
 */
export interface ServiceQuotaExceededException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
 * The input of the `TagResource` operation.
 */
export interface TagResourceRequest {
  /**
   * The Amazon Resource Name (ARN) of the resource that you want to update tags for.
   *
   * It must be the ARN of an App Runner resource.
   */
  ResourceArn: AppRunnerResourceArn;
  /**
   * A list of tag key-value pairs to add or update. If a key is new to the resource, the tag is added with the provided value. If a key is already associated with the resource, the value of the tag is updated.
   */
  Tags: TagList;
}
/**
 * The output of the `TagResource` operation.
 */
export interface TagResourceResponse {}
/**
 * The input of the `UntagResource` operation.
 */
export interface UntagResourceRequest {
  /**
   * The Amazon Resource Name (ARN) of the resource that you want to remove tags from.
   *
   * It must be the ARN of an App Runner resource.
   */
  ResourceArn: AppRunnerResourceArn;
  /**
   * A list of tag keys that you want to remove.
   */
  TagKeys: TagKeyList;
}
/**
 * The output of the `UntagResource` operation.
 */
export interface UntagResourceResponse {}
