// Connection names that break exactly one rule of ConnectionName, labelled with it. The pattern
// encodes the length (one first character plus 3..31 more), so a name of the wrong length breaks
// the pattern too; `implied` says so, derived from the pattern's own length range.
import fc from 'fast-check';
import { connectionName } from './connection-name.js';
import { characterFrom } from './internal/character.js';
import { disallowedCharacter } from './internal/disallowed-character.js';
import { patternCharacters } from './internal/pattern-string.js';
import {
  branch,
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { codePointLength, type LengthBounds } from './internal/sized-string.js';
import { lengthRequirement, patternRequirement, stringShape } from './internal/string-shape.js';
import { impliedAtLength, tooLongStrings } from './internal/wrong-length.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';

/** Every reason {@link invalidConnectionName} can draw, simplest first. */
export const INVALID_CONNECTION_NAME_REASONS = [
  'too-short',
  'too-long',
  'bad-first-character',
  'disallowed-character',
  'anchoring-trap',
  'wrong-type',
] as const;
/** Why an invalid connectionName is invalid (one of {@link INVALID_CONNECTION_NAME_REASONS}). */
export type InvalidConnectionNameReason = (typeof INVALID_CONNECTION_NAME_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidConnectionNameOptions = Selection<InvalidConnectionNameReason>;

type Label = Invalid<InvalidConnectionNameReason>;

/** Too-long names reach up to this many times the maximum length. */
const TOO_LONG_REACH = 4;

const branches = once((): ReasonBranch<InvalidConnectionNameReason, Label>[] => {
  const shape = stringShape('ConnectionName');
  const { form, minLength, maxLength } = shape;
  const [first, rest] = form.segments;
  if (form.segments.length !== 2 || !first || !rest || first.min !== 1 || first.max !== 1) {
    throw new Error(
      `ConnectionName pattern ${form.source} is no longer a first character and a tail`,
    );
  }
  const length = lengthRequirement(shape);
  const pattern = patternRequirement(shape);
  const alsoPattern = (s: string) => impliedAtLength(shape, codePointLength(s));
  const ofLength = (bounds: LengthBounds) => patternCharacters(form, bounds);

  const tooShort = fc.oneof(
    { withCrossShrink: true },
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 2, arbitrary: ofLength({ minLength: minLength - 1, maxLength: minLength - 1 }) },
    { weight: 1, arbitrary: ofLength({ minLength: 1, maxLength: minLength - 1 }) },
  );
  const tooLong = tooLongStrings(ofLength, maxLength, TOO_LONG_REACH);

  // Characters the tail allows but the first position does not ('-' and '_' today).
  const tailOnly = rest.characters.minus(first.characters);
  const badFirst = fc
    .tuple(characterFrom(tailOnly.size > 0 ? tailOnly : rest.characters), connectionName())
    .map(([c, name]) => c + Array.from(name).slice(1).join(''));

  // A character outside every class of the pattern, at any position, the first included.
  const outside = disallowedCharacter(first.characters.union(rest.characters));
  const disallowed = fc.tuple(connectionName(), fc.nat(), outside).map(([name, at, c]) => {
    const chars = Array.from(name);
    chars[at % chars.length] = c;
    return chars.join('');
  });

  // A valid name with something before or after it: what an unanchored or multiline reading of
  // the pattern, or Python's re.match(...$) (which matches before a final newline), accepts.
  const affix = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom('\n', '\r\n', '\u2028') },
    { weight: 1, arbitrary: fc.string({ unit: outside, minLength: 1, maxLength: 3 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('\n', ' '), connectionName({ maxLength: minLength }))
        .map(([sep, name]) => sep + name),
    },
  );
  const anchoring = fc.tuple(affix, fc.boolean(), connectionName()).map(([a, before, name]) => {
    const room = maxLength - codePointLength(a); // the whole value stays within the length bounds
    const core = Array.from(name).slice(0, room).join('');
    return before ? a + core : core + a;
  });

  return [
    branch('too-short', length, 4, tooShort, { implied: alsoPattern }),
    branch('too-long', length, 4, tooLong, { implied: alsoPattern }),
    ...(tailOnly.size > 0 ? [branch('bad-first-character', pattern, 1, badFirst)] : []),
    branch('disallowed-character', pattern, 3, disallowed),
    branch('anchoring-trap', pattern, 2, anchoring),
    branch('wrong-type', shape.requirements.type, 1, wrongJsonType('string', connectionName())),
  ];
});

/**
 * Values that are not valid as a connection name (ConnectionName in the model, sent to
 * CreateConnection and ListConnections), each labelled with the one requirement it was built to
 * break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { invalidConnectionName } from 'apprunner-connection-conformance/generators';
 *
 * const [bad] = fc.sample(invalidConnectionName({ reasons: ['too-long'] }), 1);
 * // bad.value: a name of 33 code points or more; bad.requirement: 'shape.ConnectionName.length'
 * ```
 */
export function invalidConnectionName(
  options: InvalidConnectionNameOptions = {},
): fc.Arbitrary<Label> {
  return pickBranches('invalidConnectionName', branches(), options);
}

/** Each reason invalidConnectionName() draws, with the requirement it breaks. */
export function invalidConnectionNameCases(): InvalidCase<InvalidConnectionNameReason>[] {
  return casesOf(branches());
}
