// Tag order is unspecified: tags may come back in any order.
import type { Variant } from '../behaviour/change.js';

export const tagsReversed: Variant = {
  name: 'tags-reversed',
  varies: ['TAG-CREATE-ROUNDTRIP', 'TAG-ADD', 'TAG-OVERWRITE', 'TAG-UNTAG-REMOVES'],
  description: 'ListTagsForResource lists tags in reverse order.',
  hooks: (base) => ({ tagList: (tags) => base.tagList(tags).reverse() }),
};
