// Characters outside an allowed set, grouped by the mistake each group probes. The groups are
// test design, not spec: every candidate is checked against the set derived from the spec, so a
// character the model allows never ends up in an "invalid" value.
import fc from 'fast-check';
import { characterFrom } from './character.js';
import { ALL_SCALARS, codePointsMatching, CodePointSet, type Range } from './code-point-set.js';

const BMP: Range = [0x80, 0xffff];

// Characters that case folding, compatibility mapping or Unicode-aware classes (Python's \w and
// \d, /iu in JavaScript) turn into or treat like ASCII letters and digits.
const LOOKALIKES = [
  0x017f, // LATIN SMALL LETTER LONG S: folds to 's'
  0x212a, // KELVIN SIGN: folds to 'k'
  0x0130, // LATIN CAPITAL LETTER I WITH DOT ABOVE
  0x0131, // LATIN SMALL LETTER DOTLESS I
  0x0410, // CYRILLIC CAPITAL LETTER A
  0x043e, // CYRILLIC SMALL LETTER O
  0xff21, // FULLWIDTH LATIN CAPITAL LETTER A
  0xff11, // FULLWIDTH DIGIT ONE
  0x0663, // ARABIC-INDIC DIGIT THREE: \d in Python 3
  0x00b2, // SUPERSCRIPT TWO
];

let computed: Record<string, CodePointSet> | undefined;

/** The groups, computed once (each enumerates part of Unicode). */
function groups(): Record<string, CodePointSet> {
  if (computed) return computed;
  const ascii = ALL_SCALARS.within([0x00, 0x7f]);
  const bmp = ALL_SCALARS.within(BMP);
  computed = {
    asciiPunctuation: codePointsMatching(/[\p{P}\p{S}]/u, ascii),
    whitespace: codePointsMatching(/\s/u, ALL_SCALARS.within([0, 0xffff])),
    control: codePointsMatching(/\p{Cc}/u, ALL_SCALARS.within([0, 0xff])),
    nonAsciiLetter: codePointsMatching(/\p{L}/u, bmp),
    nonAsciiDigit: codePointsMatching(/\p{Nd}/u, bmp),
    lookalike: new CodePointSet([...LOOKALIKES].sort((a, b) => a - b).map((cp): Range => [cp, cp])),
    markOrFormat: codePointsMatching(/[\p{M}\p{Cf}]/u, bmp),
    astral: codePointsMatching(/[\p{L}\p{N}\p{So}]/u, ALL_SCALARS.within([0x10000, 0x1ffff])),
  };
  return computed;
}

const cache = new WeakMap<CodePointSet, CodePointSet[]>();

/** The non-empty groups minus `allowed`. */
export function disallowedGroups(allowed: CodePointSet): CodePointSet[] {
  const hit = cache.get(allowed);
  if (hit) return hit;
  const out = Object.values(groups())
    .map((g) => g.minus(allowed))
    .filter((g) => g.size > 0);
  cache.set(allowed, out);
  return out;
}

/** One character that is not in `allowed`, each group equally likely; shrinks to ASCII punctuation. */
export function disallowedCharacter(allowed: CodePointSet): fc.Arbitrary<string> {
  return fc.oneof({ withCrossShrink: true }, ...disallowedGroups(allowed).map(characterFrom));
}
