// Conformant wire behaviour: AWS JSON 1.0 headers, 200 with a JSON object, errors with __type
// (namespaced, as Coral services send it) and Message in the body, statuses from the model.
import { OPERATIONS } from '../../contract/index.js';
import { serializeOutput } from '../protocol/json-output.js';
import { protocolError } from '../protocol/service-error.js';
import type { Behaviour } from './behaviour.js';

type WireHooks = Pick<
  Behaviour,
  'responseHeaders' | 'successResponse' | 'errorStatus' | 'errorBody' | 'parseJson'
>;

export const FAITHFUL_WIRE: WireHooks = {
  responseHeaders: ({ requestId, error }) => ({
    'Content-Type': OPERATIONS.contentType,
    'x-amzn-RequestId': requestId,
    // The JS SDK reads this header too; botocore reads only the body's __type.
    ...(error ? { 'x-amzn-ErrorType': error.type } : {}),
  }),
  successResponse: (_op, output) => ({ status: 200, body: serializeOutput(output) }),
  errorStatus: (error) => error.status,
  errorBody: (error) => ({ __type: error.shapeId, Message: error.message }),
  parseJson: (text) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw protocolError('SerializationException', 'The request body is not valid JSON.');
    }
  },
};
