// "Stable ids": the connection id is a hash of the name, so a connection created again under a
// deleted one's name gets the very same ARN. That a re-created name gets a new id is only
// inferred (CONN-ARN-FRESH-ID is an observation), so the gate must accept this.
import { createHash } from 'node:crypto';
import type { Variant } from '../behaviour/change.js';

export const idFromName: Variant = {
  name: 'id-from-name',
  varies: ['CONN-ARN-FRESH-ID'],
  description: 'The connection id is derived from the name: a recreated name gets the same ARN.',
  hooks: () => ({
    connectionId: (name) => createHash('sha256').update(name).digest('hex').slice(0, 32),
  }),
};
