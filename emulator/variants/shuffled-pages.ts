// Order within a page is unspecified: each page comes back in a random order.
import type { Variant } from '../behaviour/change.js';

export const shuffledPages: Variant = {
  name: 'shuffled-pages',
  varies: ['LIST-ALL-WITHOUT-MAX', 'LIST-PAGINATION-COMPLETE'],
  description: 'The connections of each ListConnections page come in a random order.',
  hooks: (base) => ({
    arrangePage: (page) => {
      const shuffled = base.arrangePage(page).slice();
      for (let i = shuffled.length - 1; i > 0; i--) {
        const j = Math.floor(Math.random() * (i + 1));
        [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
      }
      return shuffled;
    },
  }),
};
