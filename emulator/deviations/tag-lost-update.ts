// Read, then await a write, then store what was read with the new tags: TagResource and
// UntagResource calls on one connection that arrive during the write are undone by it.
// Calls one after another still work.
import { setTimeout as sleep } from 'node:timers/promises';
import type { Deviation } from '../behaviour/change.js';
import { setTags } from '../behaviour/faithful-tags.js';

// Long enough that the calls of one overlapping group all land inside it.
const WRITE_MS = 20;

export const tagLostUpdate: Deviation = {
  name: 'tag-lost-update',
  breaks: 'TAG-CONCURRENT',
  description:
    'TagResource reads the tags, waits for a simulated write, then stores what it read with the ' +
    'new tags: overlapping tag and untag calls on one connection lose their updates.',
  hooks: () => ({
    applyTags: async (target, tags) => {
      const read = new Map(target);
      await sleep(WRITE_MS);
      target.clear();
      for (const [key, value] of read) target.set(key, value);
      setTags(target, tags);
    },
  }),
};
