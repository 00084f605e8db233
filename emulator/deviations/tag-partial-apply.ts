// Tags are validated one by one while they are applied, so the tags before the first invalid
// one are already stored when TagResource fails with InvalidRequestException.
import type { Deviation } from '../behaviour/change.js';
import { checkTags, withoutTagChecks } from './deferred-tag-checks.js';

export const tagPartialApply: Deviation = {
  name: 'tag-partial-apply',
  breaks: 'CONN-INVALID-REJECTED',
  description:
    'TagResource with an invalid tag after valid ones fails with InvalidRequestException ' +
    'but keeps the valid tags before it: a rejected request changes the connection.',
  hooks: (base) => ({
    inputViolations: withoutTagChecks(base, 'TagResourceRequest'),
    applyTags: (target, tags) => {
      for (const tag of tags) {
        checkTags([tag]);
        target.set(tag.Key as string, tag.Value);
      }
    },
  }),
};
