// One valid tag. The model marks neither Key nor Value as required, but a tag without a key is
// not something a suite can demand acceptance of, so both are always present.
import fc from 'fast-check';
import type { Tag } from '../contract/index.js';
import { tagKey, type TagKeyOptions } from './tag-key.js';
import { tagValue, type TagValueOptions } from './tag-value.js';

/** Options of {@link tag}: those of its key and of its value. */
export interface TagOptions {
  /** How the key is drawn ({@link tagKey}). */
  key?: TagKeyOptions;
  /** How the value is drawn ({@link tagValue}). */
  value?: TagValueOptions;
}

/** Valid tags: a valid key and a valid value. */
export function tag({ key, value }: TagOptions = {}): fc.Arbitrary<Required<Tag>> {
  return fc.record({ Key: tagKey(key), Value: tagValue(value) });
}
