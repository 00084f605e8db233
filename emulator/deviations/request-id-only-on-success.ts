// The request id is set by code on the success path only, so error responses lack it.
import type { Deviation } from '../behaviour/change.js';

export const requestIdOnlyOnSuccess: Deviation = {
  name: 'request-id-only-on-success',
  breaks: 'WIRE-REQUEST-ID',
  description: 'Error responses carry no x-amzn-RequestId header; successes do.',
  hooks: (base) => ({
    responseHeaders: (head) => {
      const headers = base.responseHeaders(head);
      if (head.error) delete headers['x-amzn-RequestId'];
      return headers;
    },
  }),
};
