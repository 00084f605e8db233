// Conformant tag behaviour: tags kept in the order keys were first set; TagResource adds and
// overwrites, UntagResource removes the given keys (absent ones are ignored). A tag list that
// repeats a key keeps the last value, as applying the tags one after another would.
import type { Tag } from '../../contract/index.js';
import type { TagMap } from '../connection.js';
import type { Behaviour } from './behaviour.js';

type TagHooks = Pick<Behaviour, 'tagsAtCreation' | 'applyTags' | 'removeTags' | 'tagList'>;

/** Sets every tag in turn. Tags reach here validated and with a Key. */
export function setTags(target: TagMap, tags: readonly Tag[]): void {
  for (const tag of tags) target.set(tag.Key as string, tag.Value);
}

export const FAITHFUL_TAGS: TagHooks = {
  tagsAtCreation: (tags) => {
    const map: TagMap = new Map();
    setTags(map, tags);
    return map;
  },
  applyTags: setTags,
  removeTags: (target, keys) => {
    for (const key of keys) target.delete(key);
  },
  // A Tag without Value round-trips without one.
  tagList: (tags) =>
    [...tags].map(([Key, Value]) => (Value === undefined ? { Key } : { Key, Value })),
};
