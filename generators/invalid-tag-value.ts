// Tag values that break a rule of TagValue, labelled: longer than the maximum (257 code points
// most often) or not a string. The pattern '.*' is unanchored and cannot be broken.
import fc from 'fast-check';
import { invalid } from './internal/invalid-label.js';
import {
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { sizedString } from './internal/sized-string.js';
import { lengthRequirement, stringShape } from './internal/string-shape.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { tagValue } from './tag-value.js';

export const INVALID_TAG_VALUE_REASONS = ['too-long', 'wrong-type'] as const;
export type InvalidTagValueReason = (typeof INVALID_TAG_VALUE_REASONS)[number];

export type InvalidTagValueOptions = Selection<InvalidTagValueReason>;

type Label = Invalid<InvalidTagValueReason>;

const TOO_LONG_REACH = 4;

const branches = once((): ReasonBranch<InvalidTagValueReason, Label>[] => {
  const shape = stringShape('TagValue');
  const { maxLength } = shape;
  const [body] = shape.form.segments;
  if (!body) throw new Error(`TagValue pattern ${shape.form.source} has no characters to draw`);
  const length = lengthRequirement(shape);
  const tooLong = fc.oneof(
    { withCrossShrink: true },
    {
      weight: 2,
      arbitrary: sizedString(body.characters, {
        minLength: maxLength + 1,
        maxLength: maxLength + 1,
      }),
    },
    {
      weight: 1,
      arbitrary: sizedString(body.characters, {
        minLength: maxLength + 1,
        maxLength: TOO_LONG_REACH * maxLength,
      }),
    },
  );
  return [
    {
      reason: 'too-long',
      breaks: length,
      weight: 3,
      arbitrary: tooLong.map((v) => invalid(v, 'too-long', length)),
    },
    {
      reason: 'wrong-type',
      breaks: shape.requirements.type,
      weight: 1,
      arbitrary: wrongJsonType('string', tagValue()).map((v) =>
        invalid(v, 'wrong-type', shape.requirements.type),
      ),
    },
  ];
});

export function invalidTagValue(options: InvalidTagValueOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidTagValue', branches(), options);
}

/** Each reason invalidTagValue() draws, with the requirement it breaks. */
export function invalidTagValueCases(): InvalidCase<InvalidTagValueReason>[] {
  return casesOf(branches());
}
