// A page holds at most MaxResults connections (LIST-PAGE-SIZE), not exactly that many: a service
// may stop a page early (a size or time budget) and still carry a NextToken. A client must follow
// the token, not stop at the first short page. Without MaxResults everything still comes at once.
import type { Variant } from '../behaviour/change.js';

export const shortPages: Variant = {
  name: 'short-pages',
  varies: ['LIST-PAGE-SIZE', 'LIST-PAGINATION-COMPLETE', 'LIST-ALL-WITHOUT-MAX'],
  description:
    'A ListConnections page holds at most half of MaxResults (rounded up) connections, with a NextToken while more follow.',
  hooks: (base) => ({
    pageLimit: (maxResults) =>
      base.pageLimit(maxResults === undefined ? undefined : Math.ceil(maxResults / 2)),
  }),
};
