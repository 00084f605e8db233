// Strings built from a pattern's segments: the fixed-length segments at its start one character
// per position, then the one variable-length segment stretched to reach the requested length.
// matchingString() keeps to what the shape accepts; patternCharacters() goes wherever it is asked
// (a 33-character name of name characters), for values that break a length rule on purpose.
import type fc from 'fast-check';
import type { CodePointSet } from './code-point-set.js';
import { patternLengths, type PatternForm, type Segment } from './pattern-form.js';
import { partsString, type LengthBounds } from './sized-string.js';
import type { StringShape } from './string-shape.js';

/** The per-position sets of the fixed start and the variable segment after it. */
function headAndTail(form: PatternForm): { head: CodePointSet[]; tail: Segment } {
  const head: CodePointSet[] = [];
  const segments = [...form.segments];
  while (segments[0] && segments[0].min === segments[0].max) {
    const s = segments.shift();
    if (s) for (let i = 0; i < s.min; i++) head.push(s.characters);
  }
  const [tail, ...after] = segments;
  if (!tail || after.length > 0) {
    throw new Error(
      `pattern ${form.source} is not a fixed start followed by one variable-length segment`,
    );
  }
  return { head, tail };
}

export function patternCharacters(
  form: PatternForm,
  { minLength, maxLength }: LengthBounds,
): fc.Arbitrary<string> {
  const { head, tail } = headAndTail(form);
  if (minLength < head.length)
    throw new RangeError(`pattern ${form.source} builds no string shorter than ${head.length}`);
  return partsString({
    prefix: '',
    head,
    tail: tail.characters,
    bounds: { minLength: minLength - head.length, maxLength: maxLength - head.length },
  });
}

/** The length bounds a shape accepts: its own narrowed by its pattern, then by `within`, which must lie inside. */
export function acceptedLengths(
  shape: StringShape,
  within: Partial<LengthBounds> = {},
): LengthBounds {
  const p = patternLengths(shape.form);
  const min = Math.max(shape.minLength, p.min);
  const max = Math.min(shape.maxLength, p.max);
  const minLength = within.minLength ?? min;
  const maxLength = within.maxLength ?? max;
  if (!Number.isFinite(max) || minLength < min || maxLength > max || minLength > maxLength) {
    throw new RangeError(
      `${shape.name} accepts lengths ${min}..${max}, not ${minLength}..${maxLength}`,
    );
  }
  return { minLength, maxLength };
}

export interface MatchingOptions extends Partial<LengthBounds> {
  /** Every string starts with this (it must be a valid start for the shape). */
  prefix?: string;
  /** Keep off the pattern's forbidden prefix in every ASCII letter case, not only as written. */
  forbiddenInAnyCase?: boolean;
}

const lower = (c: number) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c);

/** Whether `s` starts with `p`, ASCII letters compared without case; allocates nothing. */
function startsWithAnyCase(s: string, p: string): boolean {
  if (s.length < p.length) return false;
  for (let i = 0; i < p.length; i++)
    if (lower(s.charCodeAt(i)) !== lower(p.charCodeAt(i))) return false;
  return true;
}

/** Strings the shape accepts, of code point length within the options' bounds. */
export function matchingString(
  shape: StringShape,
  { prefix = '', forbiddenInAnyCase = false, ...within }: MatchingOptions = {},
): fc.Arbitrary<string> {
  const { head, tail } = headAndTail(shape.form);
  const lengths = acceptedLengths(shape, within);
  const given = Array.from(prefix);
  const forbidden = shape.form.forbiddenPrefix;
  const starts = (s: string) =>
    forbidden !== undefined &&
    (forbiddenInAnyCase ? startsWithAnyCase(s, forbidden) : s.startsWith(forbidden));
  const fits = given.every((c, i) => (head[i] ?? tail.characters).has(c.codePointAt(0) ?? -1));
  if (!fits || starts(prefix))
    throw new RangeError(`${JSON.stringify(prefix)} cannot start a ${shape.name}`);
  const rest = head.slice(given.length);
  const fixed = given.length + rest.length;
  if (lengths.maxLength < fixed)
    throw new RangeError(`${shape.name}: prefix ${JSON.stringify(prefix)} is too long`);
  const built = partsString({
    prefix,
    head: rest,
    tail: tail.characters,
    bounds: {
      minLength: Math.max(0, lengths.minLength - fixed),
      maxLength: lengths.maxLength - fixed,
    },
  });
  // A prefix at least as long as the forbidden one has already decided; otherwise the rare value
  // that starts with it is dropped.
  const settled = forbidden === undefined || given.length >= Array.from(forbidden).length;
  return settled ? built : built.filter((s) => !starts(s));
}
