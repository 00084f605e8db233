// TagKeys read as if it were a single key.
import type { Deviation } from '../behaviour/change.js';

export const untagFirstKeyOnly: Deviation = {
  name: 'untag-first-key-only',
  breaks: 'TAG-UNTAG-REMOVES',
  description: 'UntagResource removes only the first of the given keys.',
  hooks: () => ({
    removeTags: (target, keys) => {
      if (keys[0] !== undefined) target.delete(keys[0]);
    },
  }),
};
