// Valid tag values: 0..256 code points, the empty and the longest value each drawn about a quarter
// of the time. The model's pattern '.*' is unanchored and so accepts any string, but whether App
// Runner accepts a line terminator in a value is unknown (OBS-TAG-VALUE-LINE-TERMINATOR): values
// here keep to what '.' matches, and tagValueWithLineTerminator() produces the others.
import type fc from 'fast-check';
import type { TagValue } from '../contract/index.js';
import { matchingString } from './internal/pattern-string.js';
import { stringShape } from './internal/string-shape.js';

/** Options of {@link tagValue}. */
export interface TagValueOptions {
  /** Narrow the lengths drawn (code points); must stay within what TagValue accepts. */
  minLength?: number;
  /** Longest length drawn (code points). */
  maxLength?: number;
}

/** Valid tag values: every length TagValue accepts (empty included) and the characters its pattern allows. */
export function tagValue(options: TagValueOptions = {}): fc.Arbitrary<TagValue> {
  return matchingString(stringShape('TagValue'), options);
}
