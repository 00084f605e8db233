// One valid tag. The model marks neither Key nor Value as required, but a tag without a key is
// not something a suite can demand acceptance of, so both are always present.
import fc from 'fast-check';
import type { Tag } from '../contract/index.js';
import { tagKey, type TagKeyOptions } from './tag-key.js';
import { tagValue, type TagValueOptions } from './tag-value.js';

export interface TagOptions {
  key?: TagKeyOptions;
  value?: TagValueOptions;
}

export function tag({ key, value }: TagOptions = {}): fc.Arbitrary<Required<Tag>> {
  return fc.record({ Key: tagKey(key), Value: tagValue(value) });
}
