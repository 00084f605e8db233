// Requests refused before any operation runs (a body that is not JSON, an unknown target) are
// answered by the framework's default error writer, with the generic JSON media type.
import { OPERATIONS } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

export const protocolErrorsApplicationJson: Deviation = {
  name: 'protocol-errors-application-json',
  breaks: 'WIRE-CONTENT-TYPE',
  description:
    'Protocol errors (SerializationException, ...) answer Content-Type application/json.',
  hooks: (base) => ({
    responseHeaders: (head) => {
      const headers = base.responseHeaders(head);
      if (head.error && head.error.namespace !== OPERATIONS.namespace)
        headers['Content-Type'] = 'application/json';
      return headers;
    },
  }),
};
