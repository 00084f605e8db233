// Tag keys that break exactly one rule of TagKey, labelled: empty, one code point too long (or
// more), starting with the reserved prefix, containing a line terminator ('.' does not match one
// and '$' is not multiline), or not a string.
import fc from 'fast-check';
import { ALL_SCALARS } from './internal/code-point-set.js';
import { characterFrom } from './internal/character.js';
import {
  branch,
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { sizedString, type LengthBounds } from './internal/sized-string.js';
import { lengthRequirement, patternRequirement, stringShape } from './internal/string-shape.js';
import { impliedAtLength, tooLongStrings } from './internal/wrong-length.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { tagKey } from './tag-key.js';

/** Every reason {@link invalidTagKey} can draw, simplest first. */
export const INVALID_TAG_KEY_REASONS = [
  'empty',
  'too-long',
  'reserved-prefix',
  'line-terminator',
  'wrong-type',
] as const;
/** Why an invalid tagKey is invalid (one of {@link INVALID_TAG_KEY_REASONS}). */
export type InvalidTagKeyReason = (typeof INVALID_TAG_KEY_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidTagKeyOptions = Selection<InvalidTagKeyReason>;

type Label = Invalid<InvalidTagKeyReason>;

const TOO_LONG_REACH = 4;

const branches = once((): ReasonBranch<InvalidTagKeyReason, Label>[] => {
  const shape = stringShape('TagKey');
  const { form, maxLength } = shape;
  const [body] = form.segments;
  const prefix = form.forbiddenPrefix;
  if (form.segments.length !== 1 || !body || !form.anchored) {
    throw new Error(`TagKey pattern ${form.source} is no longer one anchored run of characters`);
  }
  const length = lengthRequirement(shape);
  const pattern = patternRequirement(shape);
  const lineTerminators = ALL_SCALARS.minus(body.characters);
  const ofLength = (bounds: LengthBounds) => sizedString(body.characters, bounds);

  const tooLong = tooLongStrings(ofLength, maxLength, TOO_LONG_REACH).filter(
    (k) => prefix === undefined || !k.startsWith(prefix),
  );
  const withLineTerminator = fc
    .tuple(tagKey({ maxLength: maxLength - 1 }), fc.nat(), characterFrom(lineTerminators))
    .map(([k, at, lt]) => {
      const chars = Array.from(k);
      chars.splice(at % (chars.length + 1), 0, lt);
      return chars.join('');
    });

  const branchList: ReasonBranch<InvalidTagKeyReason, Label>[] = [
    branch('empty', length, 1, fc.constant(''), { implied: impliedAtLength(shape, 0) }),
    branch('too-long', length, 3, tooLong),
    branch('line-terminator', pattern, 2, withLineTerminator),
    branch('wrong-type', shape.requirements.type, 1, wrongJsonType('string', tagKey())),
  ];
  if (prefix !== undefined) {
    const rest = ofLength({ minLength: 0, maxLength: maxLength - Array.from(prefix).length });
    branchList.push(
      branch(
        'reserved-prefix',
        pattern,
        2,
        rest.map((r) => prefix + r),
      ),
    );
  }
  return branchList;
});

/**
 * Values that are not valid as a tag key (TagKey in the model, sent to CreateConnection and TagResource), each labelled
 * with the one requirement it was built to break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 */
export function invalidTagKey(options: InvalidTagKeyOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidTagKey', branches(), options);
}

/** Each reason invalidTagKey() draws, with the requirement it breaks. */
export function invalidTagKeyCases(): InvalidCase<InvalidTagKeyReason>[] {
  return casesOf(branches());
}
