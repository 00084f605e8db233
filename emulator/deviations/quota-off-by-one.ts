// `>` where `>=` was meant: one connection more than the quota is allowed.
import type { Deviation } from '../behaviour/change.js';

export const quotaOffByOne: Deviation = {
  name: 'quota-off-by-one',
  breaks: 'CONN-QUOTA',
  description: 'The quota check lets one connection past the quota before failing.',
  hooks: () => ({
    admit: (store, draft, quota) => {
      if (store.byName(draft.name)) return { outcome: 'duplicate' };
      if (store.size > quota) return { outcome: 'quota' };
      return { outcome: 'created', connection: store.insert(draft) };
    },
  }),
};
