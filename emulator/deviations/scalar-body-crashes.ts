// A handler that reads its body before anything checked that the body is an object: the decoder
// passes any JSON value on, the operation's `'Member' in body` throws a TypeError on a scalar (a
// string, number, boolean or null), and the request ends in a 500 instead of a client error. An
// array gets past `in` and is refused as before; the other operations check the body themselves.
import { OPERATIONS, type OperationName, type RequirementId } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { protocolError } from '../protocol/service-error.js';

/**
 * A JSON scalar carried past the decoder (which lets only objects through) to the validator, the
 * first hook that knows the operation.
 */
class ScalarBody {
  constructor(readonly value: unknown) {}
}

function scalarBodyCrashes(name: string, op: OperationName, breaks: RequirementId): Deviation {
  const schema = OPERATIONS.operations.find((o) => o.name === op)?.input;
  if (`shape.${schema}.type` !== breaks) throw new Error(`${name}: ${breaks} is not ${op}'s body`);
  return {
    name,
    breaks,
    description:
      `A ${op} body that is a JSON string, number, boolean or null crashes the handler: ` +
      'HTTP 500 instead of a 4xx. Arrays and the other operations are refused as before.',
    hooks: (base) => ({
      parseJson: (text) => {
        const parsed = base.parseJson(text);
        return parsed === null || typeof parsed !== 'object' ? new ScalarBody(parsed) : parsed;
      },
      inputViolations: (asked, input) => {
        if (!(input instanceof ScalarBody)) return base.inputViolations(asked, input);
        if (asked === schema)
          throw new TypeError(`Cannot use 'in' operator to search in ${String(input.value)}`);
        // What the faithful decoder answers.
        throw protocolError('SerializationException', 'The request body must be a JSON object.');
      },
    }),
  };
}

export const createScalarBodyCrashes = scalarBodyCrashes(
  'create-scalar-body-crashes',
  'CreateConnection',
  'shape.CreateConnectionRequest.type',
);
export const listScalarBodyCrashes = scalarBodyCrashes(
  'list-scalar-body-crashes',
  'ListConnections',
  'shape.ListConnectionsRequest.type',
);
export const deleteScalarBodyCrashes = scalarBodyCrashes(
  'delete-scalar-body-crashes',
  'DeleteConnection',
  'shape.DeleteConnectionRequest.type',
);
export const tagScalarBodyCrashes = scalarBodyCrashes(
  'tag-scalar-body-crashes',
  'TagResource',
  'shape.TagResourceRequest.type',
);
export const untagScalarBodyCrashes = scalarBodyCrashes(
  'untag-scalar-body-crashes',
  'UntagResource',
  'shape.UntagResourceRequest.type',
);
export const listTagsScalarBodyCrashes = scalarBodyCrashes(
  'list-tags-scalar-body-crashes',
  'ListTagsForResource',
  'shape.ListTagsForResourceRequest.type',
);
