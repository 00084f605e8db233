// Characters drawn from a set of code points. The set is split into groups (lower case, upper
// case, digits, other printable ASCII, the rest of the BMP, astral planes, controls) and each
// non-empty group is drawn with a fixed weight, whatever its size: a uniform draw would make '-'
// and '_' 2 in 64 name characters, and over the million code points of '.' would almost never give
// ASCII. Shrinking moves towards the first group, so counterexamples shrink to 'a', not U+0000.
import fc from 'fast-check';
import type { CodePointSet, Range } from './code-point-set.js';

const GROUPS: readonly { ranges: readonly Range[]; weight: number }[] = [
  { ranges: [[0x61, 0x7a]], weight: 2 },
  { ranges: [[0x41, 0x5a]], weight: 2 },
  { ranges: [[0x30, 0x39]], weight: 2 },
  {
    ranges: [
      [0x20, 0x2f],
      [0x3a, 0x40],
      [0x5b, 0x60],
      [0x7b, 0x7e],
    ],
    weight: 2,
  },
  { ranges: [[0xa0, 0xffff]], weight: 2 },
  { ranges: [[0x10000, 0x10ffff]], weight: 2 },
  {
    ranges: [
      [0x00, 0x1f],
      [0x7f, 0x9f],
    ],
    weight: 1,
  },
];

export interface CharacterGroup {
  /** Members of the set in this group, in drawing (and shrinking) order. */
  ranges: readonly Range[];
  size: number;
  weight: number;
}

/** The non-empty groups of `set`, in shrinking order. */
export function characterGroups(set: CodePointSet): CharacterGroup[] {
  if (set.size === 0) throw new Error('cannot draw a character from an empty set');
  return GROUPS.map((g) => {
    const ranges = g.ranges.flatMap((r) => set.within(r).ranges);
    return { ranges, size: ranges.reduce((n, [lo, hi]) => n + hi - lo + 1, 0), weight: g.weight };
  }).filter((g) => g.size > 0);
}

/** Sets this small are drawn uniformly and shrink to their lowest member ('\n' among line terminators). */
const LISTED_UP_TO = 16;

/** A single character (one code point: one or two UTF-16 units) from `set`. */
export function characterFrom(set: CodePointSet): fc.Arbitrary<string> {
  if (set.size <= LISTED_UP_TO) {
    if (set.size === 0) throw new Error('cannot draw a character from an empty set');
    return fc.constantFrom(
      ...Array.from({ length: set.size }, (_, i) => String.fromCodePoint(set.at(i))),
    );
  }
  const arbs = characterGroups(set).map((g) => ({
    weight: g.weight,
    arbitrary: fc.mapToConstant(
      ...g.ranges.map(([lo, hi]) => ({
        num: hi - lo + 1,
        build: (i: number) => String.fromCodePoint(lo + i),
      })),
    ),
  }));
  const [only] = arbs;
  return arbs.length === 1 && only ? only.arbitrary : fc.oneof({ withCrossShrink: true }, ...arbs);
}
