// The quota refusal is answered by a separate limits layer that writes its own headers, and
// forgets the request id; every other answer carries one.
import type { Deviation } from '../behaviour/change.js';

export const quotaErrorWithoutRequestId: Deviation = {
  name: 'quota-error-without-request-id',
  breaks: 'WIRE-REQUEST-ID',
  description: 'The ServiceQuotaExceededException answer has no x-amzn-RequestId header.',
  hooks: (base) => ({
    responseHeaders: (head) => {
      const headers = base.responseHeaders(head);
      if (head.error?.type === 'ServiceQuotaExceededException') delete headers['x-amzn-RequestId'];
      return headers;
    },
  }),
};
