// Strings of characters from a code point set whose length, counted in code points as the contract
// counts it, covers a range with both ends drawn often. fast-check's own strings cluster near the
// minimum length (4..32 never went past 18 in 100,000 draws with the default size) and cost about
// 0.2 microseconds a character, too slow for 100,000 whole requests in well under a second, so this
// arbitrary draws characters straight from the random source and shrinks by itself.
//
// Lengths: the minimum, the maximum, a random length near the minimum, and a random length
// anywhere, each a quarter of the time (a third when the range is short). Strings longer than
// FULLY_RANDOM_UP_TO are a random head and one repeated character: what such a value tests is its
// length (code points against UTF-16 units or bytes, truncation), and it shrinks to 'aaa...a'.
import fc from 'fast-check';
import { characterGroups, type CharacterGroup } from './character.js';
import type { CodePointSet } from './code-point-set.js';

export interface LengthBounds {
  minLength: number;
  maxLength: number;
}

const FULLY_RANDOM_UP_TO = 32;
const HEAD_LENGTH = 8;
const RANDOM_SPAN = 2 ** 30 - 1;

/** Length in code points, as JSON Schema and the model count it. */
export function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

function at(group: CharacterGroup, index: number): number {
  let rest = index;
  for (const [lo, hi] of group.ranges) {
    if (rest <= hi - lo) return lo + rest;
    rest -= hi - lo + 1;
  }
  throw new RangeError(`index ${index} is outside a group of ${group.size}`);
}

function putCodePoint(units: Uint16Array, at: number, cp: number): number {
  if (cp < 0x10000) {
    units[at] = cp;
    return at + 1;
  }
  const c = cp - 0x10000;
  units[at] = 0xd800 + (c >> 10);
  units[at + 1] = 0xdc00 + (c & 0x3ff);
  return at + 2;
}

/** Largest lookup table for small sets of BMP characters (see tableOf). */
const TABLE_UP_TO = 4096;
const INT31 = 2 ** 31;

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/**
 * For a small set of BMP characters, a table in which every character appears as often as its
 * probability requires (its group's weight times lcm(group sizes) / its group's size): a uniform
 * index into it draws exactly what the two-step draw does, and one random integer below 2^31
 * yields several such indexes at once.
 */
function tableOf(groups: CharacterGroup[]): Uint16Array | undefined {
  if (groups.some((g) => g.ranges.some(([, hi]) => hi > 0xffff))) return undefined;
  const lcm = groups.reduce((l, g) => (l * g.size) / gcd(l, g.size), 1);
  const size = groups.reduce((n, g) => n + g.weight * lcm, 0);
  if (size > TABLE_UP_TO) return undefined;
  const table = new Uint16Array(size);
  let k = 0;
  for (const g of groups) for (let i = 0; i < g.weight * lcm; i++) table[k++] = at(g, i % g.size);
  return table;
}

/** Draws the characters of one set into a buffer of UTF-16 units, and knows what its characters shrink to. */
class CharacterDrawer {
  private readonly groups: CharacterGroup[];
  private readonly totalWeight: number;
  private readonly table: Uint16Array | undefined;
  /** Table indexes drawn from one random integer. */
  private readonly perDraw: number;
  /** The first character of the first group ('a' when there is one). */
  readonly simplest: number;

  constructor(readonly set: CodePointSet) {
    this.groups = characterGroups(set);
    this.totalWeight = this.groups.reduce((n, g) => n + g.weight, 0);
    this.table = tableOf(this.groups);
    this.perDraw = this.table
      ? Math.max(1, Math.floor(Math.log(INT31) / Math.log(this.table.length)))
      : 1;
    this.simplest = this.groups[0]?.ranges[0]?.[0] ?? 0;
  }

  codePoint(mrng: fc.Random): number {
    const r = mrng.nextInt(0, RANDOM_SPAN);
    let w = r % this.totalWeight;
    const high = Math.floor(r / this.totalWeight);
    for (const g of this.groups) {
      if (w < g.weight) return at(g, high % g.size);
      w -= g.weight;
    }
    throw new Error('unreachable: weights exhausted');
  }

  /** `count` characters into `units` from index `n`; returns the next free index. */
  drawInto(mrng: fc.Random, units: Uint16Array, n: number, count: number): number {
    const table = this.table;
    if (!table) {
      for (let i = 0; i < count; i++) n = putCodePoint(units, n, this.codePoint(mrng));
      return n;
    }
    const size = table.length;
    const span = size ** this.perDraw - 1;
    for (let left = count; left > 0;) {
      let r = mrng.nextInt(0, span);
      for (let j = 0; j < this.perDraw && left > 0; j++, left--) {
        units[n++] = table[r % size] ?? 0;
        r = Math.floor(r / size);
      }
    }
    return n;
  }

  /** The first character of the group `cp` belongs to. */
  groupStart(cp: number): number {
    for (const g of this.groups) {
      const [first] = g.ranges;
      if (first && g.ranges.some(([lo, hi]) => cp >= lo && cp <= hi)) return first[0];
    }
    return cp;
  }
}

export interface StringParts {
  /** A constant start, kept as it is. */
  prefix: string;
  /** One set per fixed position after the prefix (a pattern's fixed-length start). */
  head: readonly CodePointSet[];
  /** The set of the variable part and its length bounds. */
  tail: CodePointSet;
  bounds: LengthBounds;
}

/** prefix + one character per head set + a tail of `bounds` code points, in one arbitrary. */
class PartsStringArbitrary extends fc.Arbitrary<string> {
  private readonly head: CharacterDrawer[];
  private readonly tail: CharacterDrawer;
  private readonly bounds: LengthBounds;
  private readonly prefix: string;
  private readonly lengths: ((mrng: fc.Random) => number)[];
  /** Room for the drawn characters of one value, reused: each may take two UTF-16 units. */
  private readonly units: Uint16Array;

  constructor(parts: StringParts) {
    super();
    const { minLength: min, maxLength: max } = parts.bounds;
    if (!(Number.isSafeInteger(min) && Number.isSafeInteger(max) && 0 <= min && min <= max)) {
      throw new RangeError(`bad length range ${min}..${max}`);
    }
    this.prefix = parts.prefix;
    this.head = parts.head.map((s) => new CharacterDrawer(s));
    this.tail = new CharacterDrawer(parts.tail);
    this.bounds = parts.bounds;
    this.units = new Uint16Array(
      2 * (this.head.length + Math.max(FULLY_RANDOM_UP_TO, HEAD_LENGTH)),
    );
    const nearMin = Math.min(max, min + FULLY_RANDOM_UP_TO);
    this.lengths = [() => min, () => max, (r) => r.nextInt(min, nearMin)];
    if (nearMin < max) this.lengths.push((r) => r.nextInt(min, max));
  }

  generate(mrng: fc.Random): fc.Value<string> {
    const pick = this.lengths[mrng.nextInt(0, this.lengths.length - 1)];
    const length = pick ? pick(mrng) : this.bounds.minLength;
    const random = length <= FULLY_RANDOM_UP_TO ? length : mrng.nextInt(0, HEAD_LENGTH);
    // UTF-16 units go into one reused buffer and become one flat string; appending a character at
    // a time built a rope per value and left garbage to collect (GC was 40% of a profile).
    let n = 0;
    for (const d of this.head) n = d.drawInto(mrng, this.units, n, 1);
    n = this.tail.drawInto(mrng, this.units, n, random);
    let out =
      this.prefix +
      String.fromCharCode.apply(null, this.units.subarray(0, n) as unknown as number[]);
    if (random < length)
      out += String.fromCodePoint(this.tail.codePoint(mrng)).repeat(length - random);
    return new fc.Value(out, undefined);
  }

  /** The code points after the prefix, or undefined when `value` cannot be one of ours. */
  private split(value: unknown): number[] | undefined {
    if (typeof value !== 'string' || !value.startsWith(this.prefix)) return undefined;
    const cps = Array.from(value.slice(this.prefix.length), (c) => c.codePointAt(0) ?? -1);
    const tailLength = cps.length - this.head.length;
    if (tailLength < this.bounds.minLength || tailLength > this.bounds.maxLength) return undefined;
    const fits = cps.every((cp, i) => (this.head[i] ?? this.tail).set.has(cp));
    return fits ? cps : undefined;
  }

  canShrinkWithoutContext(value: unknown): value is string {
    return this.split(value) !== undefined;
  }

  shrink(value: string): fc.Stream<fc.Value<string>> {
    const cps = this.split(value) ?? [];
    return new fc.Stream(this.candidates(cps)).map(
      (c) => new fc.Value(this.prefix + String.fromCodePoint(...c), undefined),
    );
  }

  /** Shorter tails first (prefixes, then one character less), then simpler characters. */
  private *candidates(cps: number[]): Generator<number[]> {
    const h = this.head.length;
    const n = cps.length;
    const min = h + this.bounds.minLength;
    if (n > min) {
      for (let keep = min; keep < n; keep = keep + Math.max(1, (n - keep) >> 1))
        yield cps.slice(0, keep);
      for (let i = h; i < n - 1; i++) yield [...cps.slice(0, i), ...cps.slice(i + 1)];
    }
    for (let i = 0; i < n; i++) {
      const d = this.head[i] ?? this.tail;
      const cp = cps[i] ?? d.simplest;
      const start = d.groupStart(cp);
      if (cp !== d.simplest) yield [...cps.slice(0, i), d.simplest, ...cps.slice(i + 1)];
      if (start !== d.simplest && start !== cp)
        yield [...cps.slice(0, i), start, ...cps.slice(i + 1)];
    }
  }
}

/** Strings of `set` with minLength..maxLength code points, both ends drawn often. */
export function sizedString(set: CodePointSet, bounds: LengthBounds): fc.Arbitrary<string> {
  return new PartsStringArbitrary({ prefix: '', head: [], tail: set, bounds });
}

/** A constant prefix, one character of each head set, then a tail sized as sizedString's. */
export function partsString(parts: StringParts): fc.Arbitrary<string> {
  return new PartsStringArbitrary(parts);
}
