// MaxResults is applied where a listing starts, and a listing resumed from a NextToken goes
// through another path that forgets it: every later page holds all the rest.
import type { Deviation } from '../behaviour/change.js';

export const maxResultsFirstPageOnly: Deviation = {
  name: 'max-results-first-page-only',
  breaks: 'LIST-PAGE-SIZE',
  description: 'Pages after the first ignore MaxResults and hold every connection left.',
  hooks: (base) => {
    // The body is parsed just before the page is cut, in one synchronous turn.
    let resumed = false;
    return {
      parseJson: (text) => {
        const parsed = base.parseJson(text);
        resumed = typeof (parsed as { NextToken?: unknown } | null)?.NextToken === 'string';
        return parsed;
      },
      pageLimit: (maxResults) => (resumed ? Infinity : base.pageLimit(maxResults)),
    };
  },
};
