// CreateConnection checks the request's tags only once the connection is stored, and does not
// roll the insert back: a create with an invalid tag fails with InvalidRequestException, and the
// connection is there all the same.
import type { Deviation } from '../behaviour/change.js';
import { checkTags, withoutTagChecks } from './deferred-tag-checks.js';

export const createTagsCheckedAfterInsert: Deviation = {
  name: 'create-tags-checked-after-insert',
  breaks: 'CONN-INVALID-REJECTED',
  description:
    'CreateConnection with an invalid tag fails with InvalidRequestException, but the ' +
    'connection it refused is stored all the same: its tags are checked after the insert.',
  hooks: (base) => ({
    inputViolations: withoutTagChecks(base, 'CreateConnectionRequest'),
    admit: async (store, draft, quota) => {
      const admission = await base.admit(store, draft, quota);
      if (admission.outcome === 'created')
        checkTags([...draft.tags].map(([Key, Value]) => ({ Key, Value })));
      return admission;
    },
  }),
};
