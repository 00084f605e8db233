// Pages that carry a NextToken go through a second serialiser (the one that encodes the token),
// which sets the generic JSON media type; last pages and every other answer are right.
import type { Deviation } from '../behaviour/change.js';

export const tokenPagesApplicationJson: Deviation = {
  name: 'token-pages-application-json',
  breaks: 'WIRE-CONTENT-TYPE',
  description: 'ListConnections pages with a NextToken answer Content-Type application/json.',
  hooks: (base) => {
    // The body is made just before the headers, in one synchronous turn.
    let tokenPage = false;
    return {
      successResponse: (op, output) => {
        tokenPage = op === 'ListConnections' && 'NextToken' in output;
        return base.successResponse(op, output);
      },
      responseHeaders: (head) => {
        const headers = base.responseHeaders(head);
        if (tokenPage && !head.error) headers['Content-Type'] = 'application/json';
        tokenPage = false;
        return headers;
      },
    };
  },
};
