// What ListConnections with a ConnectionName that names no connection answers is unknown
// (OBS-LIST-FILTER-MISSING): an empty list, or ResourceNotFoundException. An observation that
// meets the error must record it, not fail.
import { modeledError } from '../protocol/service-error.js';
import type { Variant } from '../behaviour/change.js';

export const missingNameNotFound: Variant = {
  name: 'missing-name-not-found',
  varies: ['OBS-LIST-FILTER-MISSING', 'OBS-LIST-DELETED-VISIBLE'],
  description:
    'ListConnections with a ConnectionName no connection has answers ResourceNotFoundException.',
  hooks: (base) => ({
    selectByName: (store, name) => {
      const found = base.selectByName(store, name);
      if (found.length > 0) return found;
      throw modeledError('ResourceNotFoundException', `No connection is named ${name}.`);
    },
  }),
};
