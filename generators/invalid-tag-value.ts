// Tag values that break a rule of TagValue, labelled: longer than the maximum (257 code points
// most often) or not a string. The pattern '.*' is unanchored and cannot be broken.
import type fc from 'fast-check';
import {
  branch,
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { sizedString } from './internal/sized-string.js';
import { lengthRequirement, stringShape } from './internal/string-shape.js';
import { tooLongStrings } from './internal/wrong-length.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { tagValue } from './tag-value.js';

/** Every reason {@link invalidTagValue} can draw, simplest first. */
export const INVALID_TAG_VALUE_REASONS = ['too-long', 'wrong-type'] as const;
/** Why an invalid tagValue is invalid (one of {@link INVALID_TAG_VALUE_REASONS}). */
export type InvalidTagValueReason = (typeof INVALID_TAG_VALUE_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidTagValueOptions = Selection<InvalidTagValueReason>;

type Label = Invalid<InvalidTagValueReason>;

const TOO_LONG_REACH = 4;

const branches = once((): ReasonBranch<InvalidTagValueReason, Label>[] => {
  const shape = stringShape('TagValue');
  const [body] = shape.form.segments;
  if (!body) throw new Error(`TagValue pattern ${shape.form.source} has no characters to draw`);
  const tooLong = tooLongStrings(
    (bounds) => sizedString(body.characters, bounds),
    shape.maxLength,
    TOO_LONG_REACH,
  );
  return [
    branch('too-long', lengthRequirement(shape), 3, tooLong),
    branch('wrong-type', shape.requirements.type, 1, wrongJsonType('string', tagValue())),
  ];
});

/**
 * Values that are not valid as a tag value (TagValue in the model, sent to CreateConnection and TagResource), each labelled
 * with the one requirement it was built to break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 */
export function invalidTagValue(options: InvalidTagValueOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidTagValue', branches(), options);
}

/** Each reason invalidTagValue() draws, with the requirement it breaks. */
export function invalidTagValueCases(): InvalidCase<InvalidTagValueReason>[] {
  return casesOf(branches());
}
