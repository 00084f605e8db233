// Create implemented as a put: a duplicate name replaces the existing connection.
import type { Deviation } from '../behaviour/change.js';

export const createUpserts: Deviation = {
  name: 'create-upserts',
  breaks: 'CONN-NAME-UNIQUE',
  description:
    'CreateConnection with a name in use succeeds and replaces the existing connection ' +
    '(one connection of that name remains).',
  hooks: () => ({
    admit: (store, draft, quota) => {
      const existing = store.byName(draft.name);
      if (existing) store.remove(existing);
      else if (store.size >= quota) return { outcome: 'quota' };
      return { outcome: 'created', connection: store.insert(draft) };
    },
  }),
};
