// The token records the first connection of the next page as already seen, so every page
// boundary loses one connection.
import type { Deviation } from '../behaviour/change.js';

export const tokenSkipsOne: Deviation = {
  name: 'token-skips-one',
  breaks: 'LIST-PAGINATION-COMPLETE',
  description:
    'NextToken points past the first connection of the next page, which is never listed.',
  hooks: () => ({ nextCursor: (last, following) => (following ?? last).seq }),
};
