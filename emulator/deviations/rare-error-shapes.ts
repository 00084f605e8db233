// Deviations in the errors no request provokes: a catch-all handler's 500 and the state error.
// Only a target's control interface, which schedules them, reveals these.
import type { Deviation } from '../behaviour/change.js';

export const internalErrorWithoutMessage: Deviation = {
  name: 'internal-error-without-message',
  breaks: 'WIRE-ERROR-MESSAGE',
  description: 'An InternalServiceErrorException body carries __type only, no Message.',
  hooks: (base) => ({
    errorBody: (error) => {
      const body = base.errorBody(error);
      if (error.type !== 'InternalServiceErrorException') return body;
      const { Message: _message, ...rest } = body;
      return rest;
    },
  }),
};

// 409 Conflict is what many REST APIs answer a request the resource's state refuses; the model
// states 400.
export const invalidState409: Deviation = {
  name: 'invalid-state-409',
  breaks: 'WIRE-ERROR-STATUS',
  description: 'InvalidStateException is answered with HTTP 409 instead of 400.',
  hooks: (base) => ({
    errorStatus: (error) =>
      error.type === 'InvalidStateException' ? 409 : base.errorStatus(error),
  }),
};
