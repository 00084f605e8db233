// Tags kept in an array, and UntagResource removes one with `delete tags[i]`: that leaves a hole,
// which JSON.stringify writes as null, so ListTagsForResource lists null where each removed tag
// was. The keys are gone; the list is no longer a list of Tag objects.
import type { Tag } from '../../contract/index.js';
import type { TagMap } from '../connection.js';
import type { Deviation } from '../behaviour/change.js';

export const untagLeavesNullTags: Deviation = {
  name: 'untag-leaves-null-tags',
  breaks: 'shape.Tag.type',
  description:
    'After UntagResource, ListTagsForResource lists null in place of each removed tag ' +
    '(a hole left by `delete tags[i]`).',
  hooks: (base) => {
    /** Each tag map's array: keys in the order they were added, null where one was removed. */
    const slots = new WeakMap<TagMap, (string | null)[]>();
    const slotsOf = (tags: TagMap): (string | null)[] => {
      const known = slots.get(tags) ?? [];
      for (const key of tags.keys()) if (!known.includes(key)) known.push(key);
      slots.set(tags, known);
      return known;
    };
    return {
      removeTags: (target, keys) => {
        const known = slotsOf(target);
        for (const key of keys) {
          const at = known.indexOf(key);
          if (at >= 0 && target.has(key)) known[at] = null;
        }
        base.removeTags(target, keys);
      },
      tagList: (tags) => {
        const listed = new Map(base.tagList(tags).map((t) => [t.Key, t]));
        // The holes are what this deviation is about: a Tag[] that holds null.
        return slotsOf(tags).map((key) => (key === null ? null : listed.get(key))) as Tag[];
      },
    };
  },
};
