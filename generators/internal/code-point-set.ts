// Sets of Unicode scalar values as sorted, disjoint, inclusive ranges. Character classes are read
// from the spec's patterns by asking the RegExp engine which code points a class matches, so a
// class is never restated by hand and the engine's reading of it (unicode mode, as ajv compiles
// it) is the one the generators follow.

export type Range = readonly [lo: number, hi: number];

export const MAX_CODE_POINT = 0x10ffff;
const SURROGATES: Range = [0xd800, 0xdfff];

export class CodePointSet {
  /** Number of code points in the set. */
  readonly size: number;

  constructor(readonly ranges: readonly Range[]) {
    this.size = ranges.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
  }

  has(cp: number): boolean {
    return this.ranges.some(([lo, hi]) => cp >= lo && cp <= hi);
  }

  /** The members that fall inside [lo, hi]. */
  within([lo, hi]: Range): CodePointSet {
    const out: Range[] = [];
    for (const [a, b] of this.ranges) {
      const from = Math.max(a, lo);
      const to = Math.min(b, hi);
      if (from <= to) out.push([from, to]);
    }
    return new CodePointSet(out);
  }

  /** The members that are not in `other`. */
  minus(other: CodePointSet): CodePointSet {
    const out: Range[] = [];
    for (const [lo, hi] of this.ranges) {
      let from = lo;
      for (const [a, b] of other.ranges) {
        if (b < from || a > hi) continue;
        if (a > from) out.push([from, a - 1]);
        from = Math.max(from, b + 1);
        if (from > hi) break;
      }
      if (from <= hi) out.push([from, hi]);
    }
    return new CodePointSet(out);
  }

  /** The members of either set. */
  union(other: CodePointSet): CodePointSet {
    const sorted = [...this.ranges, ...other.ranges].sort((a, b) => a[0] - b[0]);
    const out: [number, number][] = [];
    for (const [lo, hi] of sorted) {
      const last = out[out.length - 1];
      if (last && lo <= last[1] + 1) last[1] = Math.max(last[1], hi);
      else out.push([lo, hi]);
    }
    return new CodePointSet(out);
  }

  /** The code point at `index` in ascending order (0 <= index < size). */
  at(index: number): number {
    let rest = index;
    for (const [lo, hi] of this.ranges) {
      const n = hi - lo + 1;
      if (rest < n) return lo + rest;
      rest -= n;
    }
    throw new RangeError(`index ${index} is outside a set of ${this.size} code points`);
  }
}

/** Every scalar value (surrogate halves excluded: JSON text and UTF-8 cannot carry them alone). */
export const ALL_SCALARS = new CodePointSet([
  [0, SURROGATES[0] - 1],
  [SURROGATES[1] + 1, MAX_CODE_POINT],
]);

/** The members of `base` for which `keep` holds, computed once by enumeration. */
export function codePointsIn(base: CodePointSet, keep: (cp: number) => boolean): CodePointSet {
  const out: Range[] = [];
  let start = -1;
  let last = -2;
  for (const [lo, hi] of base.ranges) {
    for (let cp = lo; cp <= hi; cp++) {
      if (!keep(cp)) continue;
      if (cp === last + 1 && start >= 0) {
        last = cp;
        continue;
      }
      if (start >= 0) out.push([start, last]);
      start = cp;
      last = cp;
    }
  }
  if (start >= 0) out.push([start, last]);
  return new CodePointSet(out);
}

// Enumerating the million scalars takes tens of milliseconds; '.' alone serves three shapes.
const matchingCache = new WeakMap<CodePointSet, Map<string, CodePointSet>>();

/** The scalar values a single-character regular expression matches as a whole string. */
export function codePointsMatching(regex: RegExp, base: CodePointSet = ALL_SCALARS): CodePointSet {
  const key = `/${regex.source}/${regex.flags}`;
  const perBase = matchingCache.get(base) ?? new Map<string, CodePointSet>();
  matchingCache.set(base, perBase);
  const hit = perBase.get(key);
  if (hit) return hit;
  const whole = new RegExp(`^(?:${regex.source})$`, regex.flags.replace('g', ''));
  const found = codePointsIn(base, (cp) => whole.test(String.fromCodePoint(cp)));
  perBase.set(key, found);
  return found;
}
