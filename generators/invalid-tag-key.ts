// Tag keys that break exactly one rule of TagKey, labelled: empty, one code point too long (or
// more), starting with the reserved prefix, containing a line terminator ('.' does not match one
// and '$' is not multiline), or not a string.
import fc from 'fast-check';
import { ALL_SCALARS } from './internal/code-point-set.js';
import { characterFrom } from './internal/character.js';
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
import { tagKey } from './tag-key.js';

export const INVALID_TAG_KEY_REASONS = [
  'empty',
  'too-long',
  'reserved-prefix',
  'line-terminator',
  'wrong-type',
] as const;
export type InvalidTagKeyReason = (typeof INVALID_TAG_KEY_REASONS)[number];

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
  const emptyBreaksPattern = patternLengths(form).min > 0;
  const lineTerminators = ALL_SCALARS.minus(body.characters);

  const tooLong = fc
    .oneof(
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
    )
    .filter((k) => prefix === undefined || !k.startsWith(prefix));

  const branchList: ReasonBranch<InvalidTagKeyReason, Label>[] = [
    {
      reason: 'empty',
      breaks: length,
      weight: 1,
      arbitrary: fc.constant(invalid('', 'empty', length, emptyBreaksPattern ? [pattern] : [])),
    },
    {
      reason: 'too-long',
      breaks: length,
      weight: 3,
      arbitrary: tooLong.map((k) => invalid(k, 'too-long', length)),
    },
    {
      reason: 'line-terminator',
      breaks: pattern,
      weight: 2,
      arbitrary: fc
        .tuple(tagKey({ maxLength: maxLength - 1 }), fc.nat(), characterFrom(lineTerminators))
        .map(([k, at, lt]) => {
          const chars = Array.from(k);
          chars.splice(at % (chars.length + 1), 0, lt);
          return invalid(chars.join(''), 'line-terminator', pattern);
        }),
    },
    {
      reason: 'wrong-type',
      breaks: shape.requirements.type,
      weight: 1,
      arbitrary: wrongJsonType('string', tagKey()).map((v) =>
        invalid(v, 'wrong-type', shape.requirements.type),
      ),
    },
  ];
  if (prefix !== undefined) {
    const rest = sizedString(body.characters, {
      minLength: 0,
      maxLength: maxLength - Array.from(prefix).length,
    });
    branchList.push({
      reason: 'reserved-prefix',
      breaks: pattern,
      weight: 2,
      arbitrary: rest.map((r) => invalid(prefix + r, 'reserved-prefix', pattern)),
    });
  }
  return branchList;
});

export function invalidTagKey(options: InvalidTagKeyOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidTagKey', branches(), options);
}

/** Each reason invalidTagKey() draws, with the requirement it breaks. */
export function invalidTagKeyCases(): InvalidCase<InvalidTagKeyReason>[] {
  return casesOf(branches());
}
