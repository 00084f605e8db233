// "Stable ids": the connection id is a hash of the name, so a connection created again under a
// deleted one's name gets the very same ARN.
import { createHash } from 'node:crypto';
import type { Deviation } from '../behaviour/change.js';

export const idFromName: Deviation = {
  name: 'id-from-name',
  breaks: 'CONN-ARN-FRESH-ID',
  description: 'The connection id is derived from the name: a recreated name gets the same ARN.',
  hooks: () => ({
    connectionId: (name) => createHash('sha256').update(name).digest('hex').slice(0, 32),
  }),
};
