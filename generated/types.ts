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
 * The `Connection` structure of the model.
 */
export interface Connection {
  /**
   * `ConnectionName`: a string of 4 to 32 characters (code points), matching `^[A-Za-z0-9][A-Za-z0-9\-_]{3,31}$`.
   */
  ConnectionName?: ConnectionName;
  /**
   * `AppRunnerResourceArn`: a string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
   */
  ConnectionArn?: AppRunnerResourceArn;
  /**
   * `ProviderType`: one of `GITHUB`, `BITBUCKET`.
   */
  ProviderType?: ProviderType;
  /**
   * `ConnectionStatus`: one of `PENDING_HANDSHAKE`, `AVAILABLE`, `ERROR`, `DELETED`.
   */
  Status?: ConnectionStatus;
  /**
   * `Timestamp`: Epoch seconds.
   */
  CreatedAt?: Timestamp;
}
/**
 * The `ConnectionSummary` structure of the model.
 */
export interface ConnectionSummary {
  /**
   * `ConnectionName`: a string of 4 to 32 characters (code points), matching `^[A-Za-z0-9][A-Za-z0-9\-_]{3,31}$`.
   */
  ConnectionName?: ConnectionName;
  /**
   * `AppRunnerResourceArn`: a string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
   */
  ConnectionArn?: AppRunnerResourceArn;
  /**
   * `ProviderType`: one of `GITHUB`, `BITBUCKET`.
   */
  ProviderType?: ProviderType;
  /**
   * `ConnectionStatus`: one of `PENDING_HANDSHAKE`, `AVAILABLE`, `ERROR`, `DELETED`.
   */
  Status?: ConnectionStatus;
  /**
   * `Timestamp`: Epoch seconds.
   */
  CreatedAt?: Timestamp;
}
/**
 * The input of the `CreateConnection` operation.
 */
export interface CreateConnectionRequest {
  /**
   * `ConnectionName`: a string of 4 to 32 characters (code points), matching `^[A-Za-z0-9][A-Za-z0-9\-_]{3,31}$`.
   */
  ConnectionName: ConnectionName;
  /**
   * `ProviderType`: one of `GITHUB`, `BITBUCKET`.
   */
  ProviderType: ProviderType;
  /**
   * `TagList`: a list of `Tag`.
   */
  Tags?: TagList;
}
/**
 * The `Tag` structure of the model.
 */
export interface Tag {
  /**
   * `TagKey`: a string of 1 to 128 characters (code points), matching `^(?!aws:).+$`.
   */
  Key?: TagKey;
  /**
   * `TagValue`: a string of at most 256 characters (code points), matching `.*`.
   */
  Value?: TagValue;
}
/**
 * The output of the `CreateConnection` operation.
 */
export interface CreateConnectionResponse {
  /**
   * A `Connection` structure.
   */
  Connection: Connection;
}
/**
 * The input of the `DeleteConnection` operation.
 */
export interface DeleteConnectionRequest {
  /**
   * `AppRunnerResourceArn`: a string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
   */
  ConnectionArn: AppRunnerResourceArn;
}
/**
 * The output of the `DeleteConnection` operation.
 */
export interface DeleteConnectionResponse {
  /**
   * A `Connection` structure.
   */
  Connection?: Connection;
}
/**
 * The body of the `InternalServiceErrorException` error (HTTP 500, a server fault).
 */
export interface InternalServiceErrorException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
 * The body of the `InvalidRequestException` error (HTTP 400, a client fault).
 */
export interface InvalidRequestException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
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
   * `ConnectionName`: a string of 4 to 32 characters (code points), matching `^[A-Za-z0-9][A-Za-z0-9\-_]{3,31}$`.
   */
  ConnectionName?: ConnectionName;
  /**
   * `MaxResults`: an integer from 1 to 100.
   */
  MaxResults?: MaxResults;
  /**
   * `NextToken`: a string of 1 to 1024 characters (code points), matching `.*`.
   */
  NextToken?: NextToken;
}
/**
 * The output of the `ListConnections` operation.
 */
export interface ListConnectionsResponse {
  /**
   * `ConnectionSummaryList`: a list of `ConnectionSummary`.
   */
  ConnectionSummaryList: ConnectionSummaryList;
  /**
   * `NextToken`: a string of 1 to 1024 characters (code points), matching `.*`.
   */
  NextToken?: NextToken;
}
/**
 * The input of the `ListTagsForResource` operation.
 */
export interface ListTagsForResourceRequest {
  /**
   * `AppRunnerResourceArn`: a string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
   */
  ResourceArn: AppRunnerResourceArn;
}
/**
 * The output of the `ListTagsForResource` operation.
 */
export interface ListTagsForResourceResponse {
  /**
   * `TagList`: a list of `Tag`.
   */
  Tags?: TagList;
}
/**
 * The body of the `ResourceNotFoundException` error (HTTP 400, a client fault).
 */
export interface ResourceNotFoundException {
  /**
   * `ErrorMessage`: a string of at most 600 characters (code points).
   */
  Message?: ErrorMessage;
}
/**
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
   * `AppRunnerResourceArn`: a string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
   */
  ResourceArn: AppRunnerResourceArn;
  /**
   * `TagList`: a list of `Tag`.
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
   * `AppRunnerResourceArn`: a string of 1 to 1011 characters (code points), matching `^arn:aws(-[\w]+)*:[a-z0-9-\\.]{0,63}:[a-z0-9-\\.]{0,63}:[0-9]{12}:(\w|\/|-){1,1011}$`.
   */
  ResourceArn: AppRunnerResourceArn;
  /**
   * `TagKeyList`: a list of `TagKey`.
   */
  TagKeys: TagKeyList;
}
/**
 * The output of the `UntagResource` operation.
 */
export interface UntagResourceResponse {}
