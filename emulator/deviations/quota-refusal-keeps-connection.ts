// Insert first, count afterwards: a create past the quota is stored, then refused with
// ServiceQuotaExceededException, and the insert is never rolled back. The caller is told nothing
// was created; the connection is there all the same (listed, and counted against the quota).
import type { Deviation } from '../behaviour/change.js';

export const quotaRefusalKeepsConnection: Deviation = {
  name: 'quota-refusal-keeps-connection',
  breaks: 'CONN-QUOTA',
  description:
    'A create past the connection quota fails with ServiceQuotaExceededException, but the ' +
    'connection it refused is stored all the same.',
  hooks: () => ({
    admit: (store, draft, quota) => {
      if (store.byName(draft.name)) return { outcome: 'duplicate' };
      const connection = store.insert(draft);
      return store.size > quota ? { outcome: 'quota' } : { outcome: 'created', connection };
    },
  }),
};
