// GENERATED FILE, do not edit. Made from spec/derived/schemas/*.schema.json by `npm run generate`.
import type { ErrorObject } from 'ajv';

/**
 * A precompiled validator of one message schema: it says whether a value is valid and keeps the
 * reasons it is not in `errors`.
 */
export interface Validator {
  /** Whether `data` is valid; sets `errors`. */
  (data: unknown): boolean;
  /** The violations found by the last call, or null when that value was valid. */
  errors?: ErrorObject[] | null;
}
/**
 * Validates one `CreateConnectionRequest` message against
 * spec/derived/schemas/CreateConnectionRequest.schema.json, refusing members the model does not
 * define.
 */
export declare const CreateConnectionRequest: Validator;
/**
 * Validates one `CreateConnectionResponse` message against
 * spec/derived/schemas/CreateConnectionResponse.schema.json, allowing members the model does not
 * define.
 */
export declare const CreateConnectionResponse: Validator;
/**
 * Validates one `DeleteConnectionRequest` message against
 * spec/derived/schemas/DeleteConnectionRequest.schema.json, refusing members the model does not
 * define.
 */
export declare const DeleteConnectionRequest: Validator;
/**
 * Validates one `DeleteConnectionResponse` message against
 * spec/derived/schemas/DeleteConnectionResponse.schema.json, allowing members the model does not
 * define.
 */
export declare const DeleteConnectionResponse: Validator;
/**
 * Validates one `InternalServiceErrorException` message against
 * spec/derived/schemas/InternalServiceErrorException.schema.json, allowing members the model does
 * not define.
 */
export declare const InternalServiceErrorException: Validator;
/**
 * Validates one `InvalidRequestException` message against
 * spec/derived/schemas/InvalidRequestException.schema.json, allowing members the model does not
 * define.
 */
export declare const InvalidRequestException: Validator;
/**
 * Validates one `InvalidStateException` message against
 * spec/derived/schemas/InvalidStateException.schema.json, allowing members the model does not
 * define.
 */
export declare const InvalidStateException: Validator;
/**
 * Validates one `ListConnectionsRequest` message against
 * spec/derived/schemas/ListConnectionsRequest.schema.json, refusing members the model does not
 * define.
 */
export declare const ListConnectionsRequest: Validator;
/**
 * Validates one `ListConnectionsResponse` message against
 * spec/derived/schemas/ListConnectionsResponse.schema.json, allowing members the model does not
 * define.
 */
export declare const ListConnectionsResponse: Validator;
/**
 * Validates one `ListTagsForResourceRequest` message against
 * spec/derived/schemas/ListTagsForResourceRequest.schema.json, refusing members the model does not
 * define.
 */
export declare const ListTagsForResourceRequest: Validator;
/**
 * Validates one `ListTagsForResourceResponse` message against
 * spec/derived/schemas/ListTagsForResourceResponse.schema.json, allowing members the model does not
 * define.
 */
export declare const ListTagsForResourceResponse: Validator;
/**
 * Validates one `ResourceNotFoundException` message against
 * spec/derived/schemas/ResourceNotFoundException.schema.json, allowing members the model does not
 * define.
 */
export declare const ResourceNotFoundException: Validator;
/**
 * Validates one `ServiceQuotaExceededException` message against
 * spec/derived/schemas/ServiceQuotaExceededException.schema.json, allowing members the model does
 * not define.
 */
export declare const ServiceQuotaExceededException: Validator;
/**
 * Validates one `TagResourceRequest` message against
 * spec/derived/schemas/TagResourceRequest.schema.json, refusing members the model does not define.
 */
export declare const TagResourceRequest: Validator;
/**
 * Validates one `TagResourceResponse` message against
 * spec/derived/schemas/TagResourceResponse.schema.json, allowing members the model does not define.
 */
export declare const TagResourceResponse: Validator;
/**
 * Validates one `UntagResourceRequest` message against
 * spec/derived/schemas/UntagResourceRequest.schema.json, refusing members the model does not
 * define.
 */
export declare const UntagResourceRequest: Validator;
/**
 * Validates one `UntagResourceResponse` message against
 * spec/derived/schemas/UntagResourceResponse.schema.json, allowing members the model does not
 * define.
 */
export declare const UntagResourceResponse: Validator;
