// DeleteConnection looks the connection up by the name in the ARN, since names are unique, and
// never compares the id: an ARN of no connection deletes the one of that name.
import type { Deviation } from '../behaviour/change.js';

export const deleteByNameIgnoresId: Deviation = {
  name: 'delete-by-name-ignores-id',
  breaks: 'DELETE-UNKNOWN-ARN',
  description: 'DeleteConnection finds the connection by the name in the ARN, whatever its id.',
  hooks: (base) => ({
    resolveConnection: (store, arn, op) => {
      const name = /:connection\/([^/]+)\//.exec(arn)?.[1];
      const byName =
        op === 'DeleteConnection' && name !== undefined ? store.byName(name) : undefined;
      return byName ?? base.resolveConnection(store, arn, op);
    },
  }),
};
