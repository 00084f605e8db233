// Answers Content-Type application/json, the default of most JSON web frameworks.
import type { Deviation } from '../behaviour/change.js';

export const contentTypeApplicationJson: Deviation = {
  name: 'content-type-application-json',
  breaks: 'WIRE-CONTENT-TYPE',
  description: 'Every response says Content-Type: application/json, a JSON framework default.',
  hooks: (base) => ({
    responseHeaders: (head) => ({
      ...base.responseHeaders(head),
      'Content-Type': 'application/json',
    }),
  }),
};
