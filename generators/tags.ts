// Valid tag lists: distinct keys, each tag with a Key and a Value. The model sets no limit on the
// number of tags (the real one is unknown, OBS-TAG-LIMIT), so lists stay short by default, well
// under the 50 that AWS services commonly allow.
import fc from 'fast-check';
import type { Tag } from '../contract/index.js';
import { tag } from './tag.js';

/** Options of {@link tags}. */
export interface TagsOptions {
  /** Fewest tags in a list (default 0). */
  minLength?: number;
  /** Default 5. */
  maxLength?: number;
}

/** How many tags a list holds at most unless told otherwise. */
export const DEFAULT_MAX_TAGS = 5;

/** Valid tag lists: distinct keys, empty about a quarter of the time. */
export function tags({
  minLength = 0,
  maxLength = DEFAULT_MAX_TAGS,
}: TagsOptions = {}): fc.Arbitrary<Required<Tag>[]> {
  return fc.uniqueArray(tag(), { selector: (t) => t.Key, minLength, maxLength });
}
