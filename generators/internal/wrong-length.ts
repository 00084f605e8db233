// The pieces of string branches that break a length rule (empty, too-short, too-long): the strings
// drawn past the maximum, and what else a wrong length breaks when the pattern counts it too.
import fc from 'fast-check';
import type { RequirementId } from '../../contract/index.js';
import { patternLengths } from './pattern-form.js';
import type { LengthBounds } from './sized-string.js';
import { patternRequirement, type StringShape } from './string-shape.js';

/**
 * Strings longer than `maxLength` code points: one over it most often, otherwise up to `reach`
 * times it. `ofLength` draws strings of the shape's characters within the bounds it is given.
 * Shrinking may cross over to the first choice, a string just one over the maximum.
 */
export function tooLongStrings(
  ofLength: (bounds: LengthBounds) => fc.Arbitrary<string>,
  maxLength: number,
  reach: number,
): fc.Arbitrary<string> {
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 2, arbitrary: ofLength({ minLength: maxLength + 1, maxLength: maxLength + 1 }) },
    { weight: 1, arbitrary: ofLength({ minLength: maxLength + 1, maxLength: reach * maxLength }) },
  );
}

/**
 * What a string of `length` code points breaks besides the shape's length rule: the pattern too
 * when the pattern's own length range leaves `length` out (ConnectionName's pattern is one first
 * character plus 3..31 more), otherwise nothing.
 */
export function impliedAtLength(shape: StringShape, length: number): RequirementId[] {
  const accepted = patternLengths(shape.form);
  return length < accepted.min || length > accepted.max ? [patternRequirement(shape)] : [];
}
