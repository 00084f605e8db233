// Errors an operation or the protocol layer answers. Modeled errors take their status from the
// derived spec (spec/derived/errors.json); protocol errors are the ones AWS JSON services send
// before an operation runs, in the namespace Coral services use for them.
import { ERRORS, OPERATIONS, stringConstraint, type ErrorName } from '../../contract/index.js';

const MODELED_NAMESPACE = OPERATIONS.namespace;
const PROTOCOL_NAMESPACE = 'com.amazon.coral.service';
// Messages are ErrorMessage shapes: bounded in code points like every model string.
const MESSAGE_MAX = stringConstraint('ErrorMessage').maxLength;

function bounded(message: string): string {
  const points = [...message];
  return points.length <= MESSAGE_MAX ? message : points.slice(0, MESSAGE_MAX).join('');
}

export class ServiceError extends Error {
  constructor(
    /** Bare error name, e.g. InvalidRequestException. */
    readonly type: string,
    message: string,
    readonly status: number,
    readonly namespace: string,
  ) {
    // An answer, not a fault: no stack is read, and capturing one costs more than the rest of an
    // error answer (a conformance run has the emulator answer thousands of errors).
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(bounded(message));
    Error.stackTraceLimit = limit;
  }

  /** The namespaced form of __type, e.g. com.amazonaws.apprunner#InvalidRequestException. */
  get shapeId(): string {
    return `${this.namespace}#${this.type}`;
  }
}

const STATUS_OF = new Map<string, number>(ERRORS.errors.map((e) => [e.name, e.httpStatus]));

export function modeledError(name: ErrorName, message: string): ServiceError {
  const status = STATUS_OF.get(name);
  if (status === undefined) throw new Error(`${name} is not in spec/derived/errors.json`);
  return new ServiceError(name, message, status, MODELED_NAMESPACE);
}

// Statuses of the protocol errors. AWS JSON services answer a body they cannot read
// (SerializationException) and an operation they do not have (UnknownOperationException) with 400;
// the App Runner API reference's common errors give MissingAuthenticationToken 403. The method,
// path, size and timeout cases use the HTTP status that names the problem (RFC 9110): every one is
// a 4xx, so an SDK does not retry it as a server fault.
const PROTOCOL_STATUS = {
  SerializationException: 400,
  UnknownOperationException: 400,
  MissingAuthenticationTokenException: 403,
  RequestEntityTooLargeException: 413,
  RequestTimeoutException: 408,
} as const;

export type ProtocolErrorName = keyof typeof PROTOCOL_STATUS;

export function protocolError(
  name: ProtocolErrorName,
  message: string,
  status: number = PROTOCOL_STATUS[name],
): ServiceError {
  return new ServiceError(name, message, status, PROTOCOL_NAMESPACE);
}

/** What an unexpected exception is answered with: nothing about it leaks to the client. */
export function internalError(): ServiceError {
  return modeledError('InternalServiceErrorException', 'An internal error occurred.');
}

/**
 * What an AWS JSON service answers a caller it throttles; not an App Runner modeled error, but
 * the name every AWS SDK backs off on.
 */
export function throttlingError(): ServiceError {
  return new ServiceError(
    'ThrottlingException',
    'Rate exceeded',
    400,
    'com.amazon.coral.availability',
  );
}
