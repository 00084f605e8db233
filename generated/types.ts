// GENERATED FILE, do not edit. Made from spec/derived/shapes.schema.json by `npm run generate`.
// Wire shapes of the connection operations, as the model defines them.

/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "AppRunnerResourceArn".
 */
export type AppRunnerResourceArn = string;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ConnectionName".
 */
export type ConnectionName = string;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ProviderType".
 */
export type ProviderType = 'GITHUB' | 'BITBUCKET';
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ConnectionStatus".
 */
export type ConnectionStatus = 'PENDING_HANDSHAKE' | 'AVAILABLE' | 'ERROR' | 'DELETED';
/**
 * Epoch seconds.
 *
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "Timestamp".
 */
export type Timestamp = number;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ConnectionSummaryList".
 */
export type ConnectionSummaryList = ConnectionSummary[];
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "TagKey".
 */
export type TagKey = string;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "TagValue".
 */
export type TagValue = string;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "TagList".
 */
export type TagList = Tag[];
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ErrorMessage".
 */
export type ErrorMessage = string;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "MaxResults".
 */
export type MaxResults = number;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "NextToken".
 */
export type NextToken = string;
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "TagKeyList".
 */
export type TagKeyList = TagKey[];

/**
 * Every shape the connection operations reach, as the model defines it.
 */
export interface AppRunnerConnectionShapes {
  [k: string]: unknown;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "Connection".
 */
export interface Connection {
  ConnectionName?: ConnectionName;
  ConnectionArn?: AppRunnerResourceArn;
  ProviderType?: ProviderType;
  Status?: ConnectionStatus;
  CreatedAt?: Timestamp;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ConnectionSummary".
 */
export interface ConnectionSummary {
  ConnectionName?: ConnectionName;
  ConnectionArn?: AppRunnerResourceArn;
  ProviderType?: ProviderType;
  Status?: ConnectionStatus;
  CreatedAt?: Timestamp;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "CreateConnectionRequest".
 */
export interface CreateConnectionRequest {
  ConnectionName: ConnectionName;
  ProviderType: ProviderType;
  Tags?: TagList;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "Tag".
 */
export interface Tag {
  Key?: TagKey;
  Value?: TagValue;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "CreateConnectionResponse".
 */
export interface CreateConnectionResponse {
  Connection: Connection;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "DeleteConnectionRequest".
 */
export interface DeleteConnectionRequest {
  ConnectionArn: AppRunnerResourceArn;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "DeleteConnectionResponse".
 */
export interface DeleteConnectionResponse {
  Connection?: Connection;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "InternalServiceErrorException".
 */
export interface InternalServiceErrorException {
  Message?: ErrorMessage;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "InvalidRequestException".
 */
export interface InvalidRequestException {
  Message?: ErrorMessage;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "InvalidStateException".
 */
export interface InvalidStateException {
  Message?: ErrorMessage;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ListConnectionsRequest".
 */
export interface ListConnectionsRequest {
  ConnectionName?: ConnectionName;
  MaxResults?: MaxResults;
  NextToken?: NextToken;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ListConnectionsResponse".
 */
export interface ListConnectionsResponse {
  ConnectionSummaryList: ConnectionSummaryList;
  NextToken?: NextToken;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ListTagsForResourceRequest".
 */
export interface ListTagsForResourceRequest {
  ResourceArn: AppRunnerResourceArn;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ListTagsForResourceResponse".
 */
export interface ListTagsForResourceResponse {
  Tags?: TagList;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ResourceNotFoundException".
 */
export interface ResourceNotFoundException {
  Message?: ErrorMessage;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "ServiceQuotaExceededException".
 */
export interface ServiceQuotaExceededException {
  Message?: ErrorMessage;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "TagResourceRequest".
 */
export interface TagResourceRequest {
  ResourceArn: AppRunnerResourceArn;
  Tags: TagList;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "TagResourceResponse".
 */
export interface TagResourceResponse {}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "UntagResourceRequest".
 */
export interface UntagResourceRequest {
  ResourceArn: AppRunnerResourceArn;
  TagKeys: TagKeyList;
}
/**
 * This interface was referenced by `AppRunnerConnectionShapes`'s JSON-Schema
 * via the `definition` "UntagResourceResponse".
 */
export interface UntagResourceResponse {}
