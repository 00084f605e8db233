// UntagResource matches keys with startsWith, as a prefix search over a sorted index would:
// untagging "env" also removes "environment".
import type { Deviation } from '../behaviour/change.js';

export const untagRemovesPrefixedKeys: Deviation = {
  name: 'untag-removes-prefixed-keys',
  breaks: 'TAG-UNTAG-REMOVES',
  description: 'UntagResource also removes every key that starts with a given key.',
  hooks: () => ({
    removeTags: (target, keys) => {
      for (const key of [...target.keys()])
        if (keys.some((k) => key.startsWith(k))) target.delete(key);
    },
  }),
};
