// "Update tags" written as a loop over the tags the resource already has: new keys are dropped.
import type { Deviation } from '../behaviour/change.js';

export const tagUpdatesExistingOnly: Deviation = {
  name: 'tag-updates-existing-only',
  breaks: 'TAG-ADD',
  description: 'TagResource overwrites keys the connection has but ignores new keys.',
  hooks: () => ({
    applyTags: (target, tags) => {
      for (const tag of tags) {
        if (tag.Key !== undefined && target.has(tag.Key)) target.set(tag.Key, tag.Value);
      }
    },
  }),
};
