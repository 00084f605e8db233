// "Add if absent": an existing key keeps its old value.
import type { Deviation } from '../behaviour/change.js';

export const tagKeepsFirstValue: Deviation = {
  name: 'tag-keeps-first-value',
  breaks: 'TAG-OVERWRITE',
  description: 'TagResource adds new keys but does not change the value of an existing key.',
  hooks: () => ({
    applyTags: (target, tags) => {
      for (const tag of tags) {
        if (tag.Key !== undefined && !target.has(tag.Key)) target.set(tag.Key, tag.Value);
      }
    },
  }),
};
