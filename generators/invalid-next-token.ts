// NextToken values that break a rule of NextToken, labelled: empty, longer than the maximum (one
// code point over, most often) or not a string. The pattern '.*' is unanchored and cannot be
// broken.
import fc from 'fast-check';
import { invalid } from './internal/invalid-label.js';
import { patternLengths } from './internal/pattern-form.js';
import {
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { sizedString } from './internal/sized-string.js';
import { lengthRequirement, patternRequirement, stringShape } from './internal/string-shape.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { nextToken } from './next-token.js';

export const INVALID_NEXT_TOKEN_REASONS = ['empty', 'too-long', 'wrong-type'] as const;
export type InvalidNextTokenReason = (typeof INVALID_NEXT_TOKEN_REASONS)[number];

export type InvalidNextTokenOptions = Selection<InvalidNextTokenReason>;

type Label = Invalid<InvalidNextTokenReason>;

const branches = once((): ReasonBranch<InvalidNextTokenReason, Label>[] => {
  const shape = stringShape('NextToken');
  const [body] = shape.form.segments;
  if (!body) throw new Error(`NextToken pattern ${shape.form.source} has no characters to draw`);
  const length = lengthRequirement(shape);
  const emptyImplied = patternLengths(shape.form).min > 0 ? [patternRequirement(shape)] : [];
  const tooLong = fc.oneof(
    { withCrossShrink: true },
    {
      weight: 2,
      arbitrary: sizedString(body.characters, {
        minLength: shape.maxLength + 1,
        maxLength: shape.maxLength + 1,
      }),
    },
    {
      weight: 1,
      arbitrary: sizedString(body.characters, {
        minLength: shape.maxLength + 1,
        maxLength: 2 * shape.maxLength,
      }),
    },
  );
  return [
    {
      reason: 'empty',
      breaks: length,
      weight: 1,
      arbitrary: fc.constant(invalid('', 'empty', length, emptyImplied)),
    },
    {
      reason: 'too-long',
      breaks: length,
      weight: 2,
      arbitrary: tooLong.map((v) => invalid(v, 'too-long', length)),
    },
    {
      reason: 'wrong-type',
      breaks: shape.requirements.type,
      weight: 1,
      arbitrary: wrongJsonType('string', nextToken()).map((v) =>
        invalid(v, 'wrong-type', shape.requirements.type),
      ),
    },
  ];
});

export function invalidNextToken(options: InvalidNextTokenOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidNextToken', branches(), options);
}

/** Each reason invalidNextToken() draws, with the requirement it breaks. */
export function invalidNextTokenCases(): InvalidCase<InvalidNextTokenReason>[] {
  return casesOf(branches());
}
