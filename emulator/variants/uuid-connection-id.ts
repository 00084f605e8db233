// The id segment's form is only inferred from examples (32 hex): a UUID is just as valid.
import { randomUUID } from 'node:crypto';
import type { Variant } from '../behaviour/change.js';

export const uuidConnectionId: Variant = {
  name: 'uuid-connection-id',
  varies: ['CONN-ARN-FORMAT', 'CONN-ARN-FRESH-ID'],
  description: 'Connection ids are UUIDs with dashes instead of 32 hex characters.',
  hooks: () => ({ connectionId: () => randomUUID() }),
};
