// Whether a full page with nothing after it carries a NextToken is left open: a service that
// reads one page at a time cannot know that nothing follows, so it hands out a token whose page
// is empty and carries none. A client must accept an empty page as the end.
import type { Variant } from '../behaviour/change.js';

export const emptyLastPage: Variant = {
  name: 'empty-last-page',
  varies: ['LIST-PAGINATION-COMPLETE', 'LIST-FILTER-NAME'],
  description:
    'A ListConnections page holding exactly MaxResults connections carries a NextToken even when it is the last; that token leads to an empty page without one.',
  hooks: (base) => ({
    continues: (shown, limit, more) =>
      base.continues(shown, limit, more) || (shown > 0 && shown === limit),
  }),
};
