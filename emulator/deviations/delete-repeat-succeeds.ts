// Deleted connections are kept as tombstones, and deleting one again answers the tombstone as
// if the delete had just happened ("idempotent delete").
import type { Deviation } from '../behaviour/change.js';
import type { StoredConnection } from '../connection.js';

export const deleteRepeatSucceeds: Deviation = {
  name: 'delete-repeat-succeeds',
  breaks: 'DELETE-UNKNOWN-ARN',
  description:
    'DeleteConnection on an already deleted connection answers 200 with it (Status DELETED) ' +
    'instead of ResourceNotFoundException. ARNs never created still get the error.',
  hooks: (base) => {
    const tombstones = new Map<string, StoredConnection>();
    return {
      resolveConnection: (store, arn, op) => {
        const found = base.resolveConnection(store, arn, op);
        if (op !== 'DeleteConnection') return found;
        if (found) tombstones.set(arn, found);
        return found ?? tombstones.get(arn);
      },
    };
  },
};
