// The limits layer names the error and leaves the message out, as it has nothing to add.
import type { Deviation } from '../behaviour/change.js';

export const quotaErrorWithoutMessage: Deviation = {
  name: 'quota-error-without-message',
  breaks: 'WIRE-ERROR-MESSAGE',
  description: 'The ServiceQuotaExceededException body has __type and no Message.',
  hooks: (base) => ({
    errorBody: (error) => {
      const body = base.errorBody(error);
      if (error.type === 'ServiceQuotaExceededException') delete body.Message;
      return body;
    },
  }),
};
