// A real account already has connections: a suite must not assume an empty one.
import type { Variant } from '../behaviour/change.js';

const COUNT = 3;

export const preexistingConnections: Variant = {
  name: 'preexisting-connections',
  varies: ['LIST-ALL-WITHOUT-MAX', 'LIST-PAGINATION-COMPLETE', 'CONN-QUOTA', 'LIST-FILTER-NAME'],
  description: `Every Region starts with ${COUNT} connections (counted in the quota) named seed-<n>-<id>.`,
  hooks: (base, settings) => ({
    seedScope: (store, region) => {
      base.seedScope(store, region);
      for (let n = 1; n <= COUNT; n++) {
        const id = base.connectionId(`seed-${n}`);
        const name = `seed-${n}-${id.slice(0, 8)}`;
        store.insert({
          name,
          arn: base.connectionArn({ region, accountId: settings.accountId, name, id }),
          providerType: n % 2 === 0 ? 'BITBUCKET' : 'GITHUB',
          createdAt: base.createdAt(),
          status: 'PENDING_HANDSHAKE',
          tags: new Map([['seeded', 'true']]),
        });
      }
    },
  }),
};
