// GENERATED FILE, do not edit. Made from spec/derived/schemas/*.schema.json by `npm run generate`.
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
export declare const CreateConnectionRequest: Validator;
export declare const CreateConnectionResponse: Validator;
export declare const DeleteConnectionRequest: Validator;
export declare const DeleteConnectionResponse: Validator;
export declare const InternalServiceErrorException: Validator;
export declare const InvalidRequestException: Validator;
export declare const InvalidStateException: Validator;
export declare const ListConnectionsRequest: Validator;
export declare const ListConnectionsResponse: Validator;
export declare const ListTagsForResourceRequest: Validator;
export declare const ListTagsForResourceResponse: Validator;
export declare const ResourceNotFoundException: Validator;
export declare const ServiceQuotaExceededException: Validator;
export declare const TagResourceRequest: Validator;
export declare const TagResourceResponse: Validator;
export declare const UntagResourceRequest: Validator;
export declare const UntagResourceResponse: Validator;
