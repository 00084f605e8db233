// Valid tag keys: 1..128 code points of anything the TagKey pattern's '.' matches (non-ASCII and
// astral characters included, line terminators not), the shortest and longest each drawn about a
// quarter of the time. Keys never start with the reserved prefix in any letter case: the model's
// lookahead is case-sensitive, but AWS's general tagging rules reserve every case of "aws:", so a
// key like "AWS:x" is not something a suite can demand acceptance of.
import type fc from 'fast-check';
import type { TagKey } from '../contract/index.js';
import { matchingString } from './internal/pattern-string.js';
import { stringShape } from './internal/string-shape.js';

/** Options of {@link tagKey}. */
export interface TagKeyOptions {
  /** Narrow the lengths drawn (code points); must stay within what TagKey accepts. */
  minLength?: number;
  /** Longest length drawn (code points). */
  maxLength?: number;
}

/** Valid tag keys: every length TagKey accepts, boundaries included, and the characters its pattern allows. */
export function tagKey(options: TagKeyOptions = {}): fc.Arbitrary<TagKey> {
  return matchingString(stringShape('TagKey'), { ...options, forbiddenInAnyCase: true });
}
