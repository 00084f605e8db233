// A real account already has connections: a suite must not assume an empty one.
import type { Variant } from '../behaviour/change.js';
import { seedConnections } from '../seed-connections.js';

const COUNT = 3;

export const preexistingConnections: Variant = {
  name: 'preexisting-connections',
  varies: ['LIST-ALL-WITHOUT-MAX', 'LIST-PAGINATION-COMPLETE', 'CONN-QUOTA', 'LIST-FILTER-NAME'],
  description: `Every Region starts with ${COUNT} connections (counted in the quota) named seed-<n>-<id>.`,
  hooks: (base, settings) => ({
    seedScope: (store, region) => {
      base.seedScope(store, region);
      seedConnections(base, settings.accountId, store, region, {
        count: COUNT,
        prefix: 'seed',
        status: 'PENDING_HANDSHAKE',
      });
    },
  }),
};
