// NextToken values that break a rule of NextToken, labelled: empty, longer than the maximum (one
// code point over, most often) or not a string. The pattern '.*' is unanchored and cannot be
// broken.
import fc from 'fast-check';
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
import { impliedAtLength, tooLongStrings } from './internal/wrong-length.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { nextToken } from './next-token.js';

/** Every reason {@link invalidNextToken} can draw, simplest first. */
export const INVALID_NEXT_TOKEN_REASONS = ['empty', 'too-long', 'wrong-type'] as const;
/** Why an invalid nextToken is invalid (one of {@link INVALID_NEXT_TOKEN_REASONS}). */
export type InvalidNextTokenReason = (typeof INVALID_NEXT_TOKEN_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidNextTokenOptions = Selection<InvalidNextTokenReason>;

type Label = Invalid<InvalidNextTokenReason>;

const TOO_LONG_REACH = 2;

const branches = once((): ReasonBranch<InvalidNextTokenReason, Label>[] => {
  const shape = stringShape('NextToken');
  const [body] = shape.form.segments;
  if (!body) throw new Error(`NextToken pattern ${shape.form.source} has no characters to draw`);
  const length = lengthRequirement(shape);
  const tooLong = tooLongStrings(
    (bounds) => sizedString(body.characters, bounds),
    shape.maxLength,
    TOO_LONG_REACH,
  );
  return [
    branch('empty', length, 1, fc.constant(''), { implied: impliedAtLength(shape, 0) }),
    branch('too-long', length, 2, tooLong),
    branch('wrong-type', shape.requirements.type, 1, wrongJsonType('string', nextToken())),
  ];
});

/**
 * Values that are not valid as a NextToken (NextToken in the model, sent to ListConnections), each labelled
 * with the one requirement it was built to break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 */
export function invalidNextToken(options: InvalidNextTokenOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidNextToken', branches(), options);
}

/** Each reason invalidNextToken() draws, with the requirement it breaks. */
export function invalidNextTokenCases(): InvalidCase<InvalidNextTokenReason>[] {
  return casesOf(branches());
}
