// TagResource inserts the request's new keys in one batch of at most ten and ignores the rest,
// where the batch API it calls takes ten at a time; updates of existing keys go one by one.
import type { Deviation } from '../behaviour/change.js';

const BATCH = 10;

export const tagAppliesTenKeys: Deviation = {
  name: 'tag-applies-ten-keys',
  breaks: 'TAG-ADD',
  description: 'TagResource adds the first ten new keys of a request and drops the others.',
  hooks: (base) => ({
    applyTags: (target, tags) => {
      const fresh = tags.filter((t) => !target.has(t.Key as string)).slice(BATCH);
      return base.applyTags(
        target,
        tags.filter((t) => !fresh.includes(t)),
      );
    },
  }),
};
