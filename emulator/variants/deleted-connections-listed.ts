// Whether deleted connections stay listed is unknown (OBS-LIST-DELETED-VISIBLE): an account that
// deleted many lately may list hundreds with Status DELETED. They hold no quota and their ARNs
// name nothing any more; a suite must page over them and count only live connections.
import type { Variant } from '../behaviour/change.js';
import { seedConnections } from '../seed-connections.js';

const COUNT = 300;

export const deletedConnectionsListed: Variant = {
  name: 'deleted-connections-listed',
  varies: [
    'OBS-LIST-DELETED-VISIBLE',
    'LIST-ALL-WITHOUT-MAX',
    'LIST-PAGINATION-COMPLETE',
    'CONN-QUOTA',
  ],
  description: `Every Region lists ${COUNT} connections with Status DELETED (named gone-<n>-<id>), which count in no quota.`,
  hooks: (base, settings) => {
    const deleted = new WeakMap<object, number>();
    return {
      seedScope: (store, region) => {
        base.seedScope(store, region);
        const before = store.size;
        seedConnections(base, settings.accountId, store, region, {
          count: COUNT,
          prefix: 'gone',
          status: 'DELETED',
        });
        deleted.set(store, store.size - before);
      },
      admit: (store, draft, quota) => base.admit(store, draft, quota + (deleted.get(store) ?? 0)),
      resolveConnection: (store, arn, op) => {
        const found = base.resolveConnection(store, arn, op);
        return found?.status === 'DELETED' ? undefined : found;
      },
    };
  },
};
