// Tags are validated one by one while they are applied, so the tags before the first invalid
// one are already stored when TagResource fails with InvalidRequestException.
import { violations } from '../../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { modeledError } from '../protocol/service-error.js';

const TAG_ITEM = /^\/Tags\/\d+/;

export const tagPartialApply: Deviation = {
  name: 'tag-partial-apply',
  breaks: 'CONN-INVALID-REJECTED',
  description:
    'TagResource with an invalid tag after valid ones fails with InvalidRequestException ' +
    'but keeps the valid tags before it: a rejected request changes the connection.',
  hooks: (base) => ({
    // Per-tag constraints are left to applyTags below.
    inputViolations: (schema, input) =>
      base
        .inputViolations(schema, input)
        .filter((v) => schema !== 'TagResourceRequest' || !TAG_ITEM.test(v.instancePath)),
    applyTags: (target, tags) => {
      for (const tag of tags) {
        // ListTagsForResourceResponse holds the same Tag constraints as the request.
        const problem = violations('ListTagsForResourceResponse', { Tags: [tag] })[0];
        if (problem) throw modeledError('InvalidRequestException', problem.message);
        target.set(tag.Key as string, tag.Value);
      }
    },
  }),
};
