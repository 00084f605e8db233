// GENERATED FILE, do not edit. Made from spec/derived/operations.json, spec/derived/errors.json, spec/derived/provenance.json, spec/requirements.json and spec/derived/constraint-requirements.json by `npm run generate`.
// The derived indexes as typed constants, so that operation, error and requirement names are
// checked by the compiler wherever they are cited.

/**
 * The connection operations as the model defines them: the protocol, content type and target
 * prefix, and for each operation its target (the `X-Amz-Target` header), its input and output
 * shapes, the errors it may return and, when it is paginated, its token and page-size members.
 */
export const OPERATIONS = {
  "protocol": "awsJson1_0",
  "contentType": "application/x-amz-json-1.0",
  "namespace": "com.amazonaws.apprunner",
  "targetPrefix": "AppRunner",
  "operations": [
    {
      "name": "CreateConnection",
      "target": "AppRunner.CreateConnection",
      "input": "CreateConnectionRequest",
      "output": "CreateConnectionResponse",
      "errors": [
        "InternalServiceErrorException",
        "InvalidRequestException",
        "ServiceQuotaExceededException"
      ]
    },
    {
      "name": "ListConnections",
      "target": "AppRunner.ListConnections",
      "input": "ListConnectionsRequest",
      "output": "ListConnectionsResponse",
      "errors": [
        "InternalServiceErrorException",
        "InvalidRequestException"
      ],
      "paginated": {
        "inputToken": "NextToken",
        "outputToken": "NextToken",
        "pageSize": "MaxResults"
      }
    },
    {
      "name": "DeleteConnection",
      "target": "AppRunner.DeleteConnection",
      "input": "DeleteConnectionRequest",
      "output": "DeleteConnectionResponse",
      "errors": [
        "InternalServiceErrorException",
        "InvalidRequestException",
        "ResourceNotFoundException"
      ]
    },
    {
      "name": "TagResource",
      "target": "AppRunner.TagResource",
      "input": "TagResourceRequest",
      "output": "TagResourceResponse",
      "errors": [
        "InternalServiceErrorException",
        "InvalidRequestException",
        "InvalidStateException",
        "ResourceNotFoundException"
      ]
    },
    {
      "name": "UntagResource",
      "target": "AppRunner.UntagResource",
      "input": "UntagResourceRequest",
      "output": "UntagResourceResponse",
      "errors": [
        "InternalServiceErrorException",
        "InvalidRequestException",
        "InvalidStateException",
        "ResourceNotFoundException"
      ]
    },
    {
      "name": "ListTagsForResource",
      "target": "AppRunner.ListTagsForResource",
      "input": "ListTagsForResourceRequest",
      "output": "ListTagsForResourceResponse",
      "errors": [
        "InternalServiceErrorException",
        "InvalidRequestException",
        "InvalidStateException",
        "ResourceNotFoundException"
      ]
    }
  ]
} as const;

/**
 * The errors the connection operations may return, each with its shape id, the HTTP status the
 * model gives it, and its fault (client or server).
 */
export const ERRORS = {
  "errors": [
    {
      "name": "InternalServiceErrorException",
      "shapeId": "com.amazonaws.apprunner#InternalServiceErrorException",
      "httpStatus": 500,
      "fault": "server"
    },
    {
      "name": "InvalidRequestException",
      "shapeId": "com.amazonaws.apprunner#InvalidRequestException",
      "httpStatus": 400,
      "fault": "client"
    },
    {
      "name": "InvalidStateException",
      "shapeId": "com.amazonaws.apprunner#InvalidStateException",
      "httpStatus": 400,
      "fault": "client"
    },
    {
      "name": "ResourceNotFoundException",
      "shapeId": "com.amazonaws.apprunner#ResourceNotFoundException",
      "httpStatus": 400,
      "fault": "client"
    },
    {
      "name": "ServiceQuotaExceededException",
      "shapeId": "com.amazonaws.apprunner#ServiceQuotaExceededException",
      "httpStatus": 402,
      "fault": "client"
    }
  ]
} as const;

/**
 * Where the contract comes from: the model (its format, source, commit, sha256, service and API
 * version) and the version of the derivation that read it.
 */
export const PROVENANCE = {
  "model": {
    "format": "smithy",
    "source": "aws/api-models-aws:apprunner/service/2020-05-15/apprunner-2020-05-15.json",
    "commit": "56c8953e87aeead95ae5e66a3ca6a355731db6ad",
    "sha256": "f05c12edbe0a1e991cdae17410720f297aad1234ea49b920ac907ae5f55b18c3",
    "service": "com.amazonaws.apprunner#AppRunner",
    "apiVersion": "2020-05-15"
  },
  "deriveSpecVersion": "1.1.0"
} as const;

/**
 * The id of every requirement in the catalogue: the behavioural requirements first
 * (spec/requirements.json), then the constraint requirements derived from the model
 * (spec/derived/constraint-requirements.json).
 */
export const REQUIREMENT_IDS = [
  "WIRE-CONTENT-TYPE",
  "WIRE-REQUEST-ID",
  "WIRE-SUCCESS-200",
  "WIRE-EMPTY-OUTPUT",
  "WIRE-ERROR-TYPE-BODY",
  "WIRE-ERROR-MESSAGE",
  "WIRE-ERROR-STATUS",
  "WIRE-ERROR-MODELED",
  "WIRE-MALFORMED-4XX",
  "OBS-QUOTA-STATUS",
  "OBS-CREATED-AT-FRACTION",
  "OBS-ERROR-TYPE-FORM",
  "OBS-MALFORMED-ERROR",
  "CONN-CREATE-STATUS",
  "CONN-CREATE-ECHO",
  "CONN-CREATE-FIELDS",
  "CONN-CREATED-AT",
  "CONN-ARN-FORMAT",
  "CONN-ARN-FRESH-ID",
  "CONN-NAME-UNIQUE",
  "CONN-NAME-UNIQUE-CONCURRENT",
  "OBS-DUPLICATE-NAME-ERROR",
  "CONN-QUOTA",
  "CONN-INVALID-REJECTED",
  "TAG-CREATE-ROUNDTRIP",
  "TAG-ADD",
  "TAG-OVERWRITE",
  "TAG-UNTAG-REMOVES",
  "TAG-CONCURRENT",
  "TAG-UNKNOWN-ARN",
  "OBS-TAG-EMPTY-VALUE",
  "OBS-TAG-DUPLICATE-KEY",
  "OBS-UNTAG-ABSENT-KEY",
  "OBS-TAG-LIMIT",
  "OBS-TAG-VALUE-LINE-TERMINATOR",
  "CONN-SUMMARY-MATCHES",
  "CONN-SUMMARY-STATUS",
  "LIST-FILTER-NAME",
  "LIST-ALL-WITHOUT-MAX",
  "LIST-PAGE-SIZE",
  "LIST-PAGINATION-COMPLETE",
  "LIST-TOKEN-FORGED",
  "OBS-LIST-TOKEN-OTHER-PARAMS",
  "OBS-LIST-FILTER-CASE",
  "OBS-LIST-DELETED-VISIBLE",
  "OBS-LIST-FILTER-MISSING",
  "DELETE-RETURNS-DELETED",
  "DELETE-UNKNOWN-ARN",
  "DELETE-FREES-NAME",
  "OBS-DELETED-ARN-TAGS",
  "shape.AppRunnerResourceArn.type",
  "shape.AppRunnerResourceArn.length",
  "shape.AppRunnerResourceArn.pattern",
  "shape.Connection.type",
  "shape.ConnectionName.type",
  "shape.ConnectionName.length",
  "shape.ConnectionName.pattern",
  "shape.ConnectionStatus.type",
  "shape.ConnectionStatus.enum",
  "shape.ConnectionSummary.type",
  "shape.ConnectionSummaryList.type",
  "shape.CreateConnectionRequest.type",
  "shape.CreateConnectionRequest.required",
  "shape.CreateConnectionResponse.type",
  "shape.CreateConnectionResponse.required",
  "shape.DeleteConnectionRequest.type",
  "shape.DeleteConnectionRequest.required",
  "shape.DeleteConnectionResponse.type",
  "shape.ErrorMessage.type",
  "shape.ErrorMessage.length",
  "shape.InternalServiceErrorException.type",
  "shape.InvalidRequestException.type",
  "shape.InvalidStateException.type",
  "shape.ListConnectionsRequest.type",
  "shape.ListConnectionsResponse.type",
  "shape.ListConnectionsResponse.required",
  "shape.ListTagsForResourceRequest.type",
  "shape.ListTagsForResourceRequest.required",
  "shape.ListTagsForResourceResponse.type",
  "shape.MaxResults.type",
  "shape.MaxResults.range",
  "shape.NextToken.type",
  "shape.NextToken.length",
  "shape.NextToken.pattern",
  "shape.ProviderType.type",
  "shape.ProviderType.enum",
  "shape.ResourceNotFoundException.type",
  "shape.ServiceQuotaExceededException.type",
  "shape.Tag.type",
  "shape.TagKey.type",
  "shape.TagKey.length",
  "shape.TagKey.pattern",
  "shape.TagKeyList.type",
  "shape.TagList.type",
  "shape.TagResourceRequest.type",
  "shape.TagResourceRequest.required",
  "shape.TagResourceResponse.type",
  "shape.TagValue.type",
  "shape.TagValue.length",
  "shape.TagValue.pattern",
  "shape.Timestamp.type",
  "shape.UntagResourceRequest.type",
  "shape.UntagResourceRequest.required",
  "shape.UntagResourceResponse.type"
] as const;

/**
 * The name of a connection operation, such as `CreateConnection`.
 */
export type OperationName = (typeof OPERATIONS)['operations'][number]['name'];

/**
 * The name of an error a connection operation may return, such as `InternalServiceErrorException`.
 */
export type ErrorName = (typeof ERRORS)['errors'][number]['name'];

/**
 * The id of a requirement in the catalogue, such as `WIRE-CONTENT-TYPE` or
 * `shape.AppRunnerResourceArn.type`.
 */
export type RequirementId = (typeof REQUIREMENT_IDS)[number];
