// CreateConnection stores the tags in a fixed-size slot of ten and drops the rest without a
// word; every test created connections with fewer.
import type { Deviation } from '../behaviour/change.js';

const SLOTS = 10;

export const createKeepsTenTags: Deviation = {
  name: 'create-keeps-ten-tags',
  breaks: 'TAG-CREATE-ROUNDTRIP',
  description: 'CreateConnection keeps the first ten tags it is given and drops the others.',
  hooks: (base) => ({
    tagsAtCreation: (tags) => base.tagsAtCreation(tags.slice(0, SLOTS)),
  }),
};
