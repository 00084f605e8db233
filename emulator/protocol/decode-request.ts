// AWS JSON 1.0 framing of a request: POST /, an Authorization header, a known X-Amz-Target and
// a body that is a JSON object. Each failure is the 4xx error an AWS JSON service answers.
import type { Behaviour } from '../behaviour/behaviour.js';
import { operationOfTarget, type OperationEntry } from './operation-of-target.js';
import { protocolError } from './service-error.js';
import { regionOfAuthorization } from './sigv4-scope.js';
import type { WireRequest } from './wire.js';

export interface DecodedRequest {
  operation: OperationEntry;
  /** The SigV4 scope's Region, if the Authorization header has one. */
  region: string | undefined;
  input: object;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function bodyText(body: string | Uint8Array): string {
  if (typeof body === 'string') return body;
  try {
    return UTF8.decode(body);
  } catch {
    throw protocolError('SerializationException', 'The request body is not UTF-8.');
  }
}

export function decodeRequest(request: WireRequest, behaviour: Behaviour): DecodedRequest {
  if (request.method !== 'POST') {
    throw protocolError('UnknownOperationException', 'AWS JSON calls are POST /.', 405);
  }
  if (request.path.split('?')[0] !== '/') {
    throw protocolError('UnknownOperationException', 'AWS JSON calls are POST /.', 404);
  }
  const authorization = request.headers.authorization;
  if (authorization === undefined || authorization.trim() === '') {
    throw protocolError('MissingAuthenticationTokenException', 'Missing Authentication Token.');
  }
  const operation = operationOfTarget(request.headers['x-amz-target']);
  // An empty body is read as {} (an operation whose members are all optional needs none).
  const text = bodyText(request.body);
  const parsed = text.trim() === '' ? {} : behaviour.parseJson(text);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw protocolError('SerializationException', 'The request body must be a JSON object.');
  }
  return { operation, region: regionOfAuthorization(authorization), input: parsed };
}
