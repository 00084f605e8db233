// CreateConnection checks the request's tags only once the connection is stored, and does not
// roll the insert back: a create with an invalid tag fails with InvalidRequestException, and the
// connection is there all the same.
import { violations } from '../../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { modeledError } from '../protocol/service-error.js';

const TAG_ITEM = /^\/Tags\/\d+/;

export const createTagsCheckedAfterInsert: Deviation = {
  name: 'create-tags-checked-after-insert',
  breaks: 'CONN-INVALID-REJECTED',
  description:
    'CreateConnection with an invalid tag fails with InvalidRequestException, but the ' +
    'connection it refused is stored all the same: its tags are checked after the insert.',
  hooks: (base) => ({
    // Per-tag constraints are left to admit below.
    inputViolations: (schema, input) =>
      base
        .inputViolations(schema, input)
        .filter((v) => schema !== 'CreateConnectionRequest' || !TAG_ITEM.test(v.instancePath)),
    admit: async (store, draft, quota) => {
      const admission = await base.admit(store, draft, quota);
      if (admission.outcome !== 'created') return admission;
      const tags = [...draft.tags].map(([Key, Value]) => ({ Key, Value }));
      // ListTagsForResourceResponse holds the same Tag constraints as the request.
      const problem = violations('ListTagsForResourceResponse', { Tags: tags })[0];
      if (problem) throw modeledError('InvalidRequestException', problem.message);
      return admission;
    },
  }),
};
