// TagResource writes the request's tags in one batch of at most ten and ignores the rest, where
// the batch API it calls takes ten at a time.
import type { Deviation } from '../behaviour/change.js';

const BATCH = 10;

export const tagAppliesTenKeys: Deviation = {
  name: 'tag-applies-ten-keys',
  breaks: 'TAG-ADD',
  description: 'TagResource applies the first ten tags of a request and drops the others.',
  hooks: (base) => ({
    applyTags: (target, tags) => base.applyTags(target, tags.slice(0, BATCH)),
  }),
};
