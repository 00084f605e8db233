// Check, then await a write, then insert: requests that arrive during the write all pass the
// check. Sequential duplicates are still rejected.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Deviation } from '../behaviour/change.js';

// Long enough that a burst of concurrent requests all land inside it.
const WRITE_MS = 20;

export const createCheckThenInsert: Deviation = {
  name: 'create-check-then-insert',
  breaks: 'CONN-NAME-UNIQUE-CONCURRENT',
  description:
    'CreateConnection checks the name, waits for a simulated write, then inserts: concurrent ' +
    'creates of one name can all succeed and leave several connections of that name.',
  hooks: () => ({
    admit: async (store, draft, quota) => {
      if (store.byName(draft.name)) return { outcome: 'duplicate' };
      if (store.size >= quota) return { outcome: 'quota' };
      await sleep(WRITE_MS);
      return { outcome: 'created', connection: store.insert(draft) };
    },
  }),
};
