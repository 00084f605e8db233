// Connection names that break exactly one rule of ConnectionName, labelled with it. The pattern
// encodes the length (one first character plus 3..31 more), so a name of the wrong length breaks
// the pattern too; `implied` says so, derived from the pattern's own length range.
import fc from 'fast-check';
import { connectionName } from './connection-name.js';
import { characterFrom } from './internal/character.js';
import { disallowedCharacter } from './internal/disallowed-character.js';
import { invalid } from './internal/invalid-label.js';
import { patternLengths } from './internal/pattern-form.js';
import { patternCharacters } from './internal/pattern-string.js';
import {
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { codePointLength } from './internal/sized-string.js';
import { lengthRequirement, patternRequirement, stringShape } from './internal/string-shape.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';

export const INVALID_CONNECTION_NAME_REASONS = [
  'too-short',
  'too-long',
  'bad-first-character',
  'disallowed-character',
  'anchoring-trap',
  'wrong-type',
] as const;
export type InvalidConnectionNameReason = (typeof INVALID_CONNECTION_NAME_REASONS)[number];

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
  const accepted = patternLengths(form);
  const alsoPattern = (s: string) => {
    const n = codePointLength(s);
    return n < accepted.min || n > accepted.max ? [pattern] : [];
  };
  const ofLength = (min: number, max: number) =>
    patternCharacters(form, { minLength: min, maxLength: max });

  const tooShort = fc
    .oneof(
      { withCrossShrink: true },
      { weight: 2, arbitrary: fc.constant('') },
      { weight: 2, arbitrary: ofLength(minLength - 1, minLength - 1) },
      { weight: 1, arbitrary: ofLength(1, minLength - 1) },
    )
    .map((v) => invalid(v, 'too-short', length, alsoPattern(v)));

  const tooLong = fc
    .oneof(
      { withCrossShrink: true },
      { weight: 2, arbitrary: ofLength(maxLength + 1, maxLength + 1) },
      { weight: 1, arbitrary: ofLength(maxLength + 1, TOO_LONG_REACH * maxLength) },
    )
    .map((v) => invalid(v, 'too-long', length, alsoPattern(v)));

  // Characters the tail allows but the first position does not ('-' and '_' today).
  const tailOnly = rest.characters.minus(first.characters);
  const badFirst = fc
    .tuple(characterFrom(tailOnly.size > 0 ? tailOnly : rest.characters), connectionName())
    .map(([c, name]) =>
      invalid(c + Array.from(name).slice(1).join(''), 'bad-first-character', pattern),
    );

  // A character outside every class of the pattern, at any position, the first included.
  const outside = disallowedCharacter(first.characters.union(rest.characters));
  const disallowed = fc.tuple(connectionName(), fc.nat(), outside).map(([name, at, c]) => {
    const chars = Array.from(name);
    chars[at % chars.length] = c;
    return invalid(chars.join(''), 'disallowed-character', pattern);
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
    return invalid(before ? a + core : core + a, 'anchoring-trap', pattern);
  });

  const wrongType = wrongJsonType('string', connectionName()).map((v) =>
    invalid(v, 'wrong-type', shape.requirements.type),
  );

  return [
    { reason: 'too-short', breaks: length, weight: 4, arbitrary: tooShort },
    { reason: 'too-long', breaks: length, weight: 4, arbitrary: tooLong },
    ...(tailOnly.size > 0
      ? [
          {
            reason: 'bad-first-character' as const,
            breaks: pattern,
            weight: 1,
            arbitrary: badFirst,
          },
        ]
      : []),
    { reason: 'disallowed-character', breaks: pattern, weight: 3, arbitrary: disallowed },
    { reason: 'anchoring-trap', breaks: pattern, weight: 2, arbitrary: anchoring },
    { reason: 'wrong-type', breaks: shape.requirements.type, weight: 1, arbitrary: wrongType },
  ];
});

export function invalidConnectionName(
  options: InvalidConnectionNameOptions = {},
): fc.Arbitrary<Label> {
  return pickBranches('invalidConnectionName', branches(), options);
}

/** Each reason invalidConnectionName() draws, with the requirement it breaks. */
export function invalidConnectionNameCases(): InvalidCase<InvalidConnectionNameReason>[] {
  return casesOf(branches());
}
