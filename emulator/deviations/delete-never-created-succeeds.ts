// DeleteConnection treated as "make sure it is gone": an ARN that never named a connection is
// answered 200 (with nothing) instead of ResourceNotFoundException.
import type { Deviation } from '../behaviour/change.js';
import type { StoredConnection } from '../connection.js';

export const deleteNeverCreatedSucceeds: Deviation = {
  name: 'delete-never-created-succeeds',
  breaks: 'DELETE-UNKNOWN-ARN',
  description:
    'DeleteConnection on an ARN that never named a connection answers 200 instead of ResourceNotFoundException.',
  hooks: (base) => ({
    resolveConnection: (store, arn, op) => {
      const found = base.resolveConnection(store, arn, op);
      if (found || op !== 'DeleteConnection') return found;
      const placeholder: Partial<StoredConnection> = { arn, tags: new Map() };
      return placeholder as StoredConnection;
    },
  }),
};
