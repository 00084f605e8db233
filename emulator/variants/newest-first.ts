// ListConnections order is unspecified: newest first is as valid as oldest first.
import type { Variant } from '../behaviour/change.js';

export const newestFirst: Variant = {
  name: 'newest-first',
  varies: ['LIST-ALL-WITHOUT-MAX', 'LIST-PAGINATION-COMPLETE'],
  description: 'ListConnections lists the newest connection first.',
  hooks: () => ({ listDirection: 'newest-first' }),
};
