import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertProperty } from '../../test-support/generators/property.js';
import { CodePointSet, codePointsMatching } from './code-point-set.js';
import { codePointLength, partsString, sizedString } from './sized-string.js';

const dot = codePointsMatching(/./u);

// The function the compiled validators count lengths with (CommonJS, so loaded with require).
const ucs2length = (
  createRequire(import.meta.url)('ajv/dist/runtime/ucs2length.js') as {
    default: (s: string) => number;
  }
).default;

describe('codePointLength', () => {
  it('counts as ajv does (astral characters once, lone surrogates once)', () => {
    expect([codePointLength('a😀b'), codePointLength('\ud800x'), codePointLength('')]).toEqual([
      3, 2, 0,
    ]);
    assertProperty(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constant('\ud83d'),
            fc.constant('\ude00'),
            fc.string({ unit: 'binary', maxLength: 1 }),
          ),
        }),
        (s) => {
          expect(codePointLength(s)).toBe(ucs2length(s));
        },
      ),
    );
  });
});

describe('sizedString', () => {
  it('draws only members of the set, within the length bounds', () => {
    assertProperty(
      fc.property(
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 0, max: 300 }),
        fc.nat(),
        (a, b, seed) => {
          const bounds = { minLength: Math.min(a, b), maxLength: Math.max(a, b) };
          for (const s of fc.sample(sizedString(dot, bounds), { seed, numRuns: 20 })) {
            expect(codePointLength(s)).toBeGreaterThanOrEqual(bounds.minLength);
            expect(codePointLength(s)).toBeLessThanOrEqual(bounds.maxLength);
            for (const c of s) expect(dot.has(c.codePointAt(0) ?? -1)).toBe(true);
          }
        },
      ),
      { numRuns: 50 },
    );
  });

  it('recognises its own values without context, and nothing else', () => {
    const arb = sizedString(new CodePointSet([[0x61, 0x7a]]), { minLength: 2, maxLength: 4 });
    expect([
      arb.canShrinkWithoutContext('ab'),
      arb.canShrinkWithoutContext('a'),
      arb.canShrinkWithoutContext('aB'),
      arb.canShrinkWithoutContext(3),
    ]).toEqual([true, false, false, false]);
  });

  it('shrinks to values it could have drawn, each shorter or made of simpler characters', () => {
    const arb = sizedString(dot, { minLength: 2, maxLength: 40 });
    assertProperty(
      fc.property(arb, (s) => {
        for (const c of arb.shrink(s, undefined)) {
          expect(arb.canShrinkWithoutContext(c.value)).toBe(true);
          expect(c.value).not.toBe(s);
          expect(codePointLength(c.value)).toBeLessThanOrEqual(codePointLength(s));
        }
      }),
      { numRuns: 30 },
    );
  });

  it('refuses an empty or negative length range', () => {
    expect(() => sizedString(dot, { minLength: 3, maxLength: 2 })).toThrow(RangeError);
    expect(() => sizedString(dot, { minLength: -1, maxLength: 2 })).toThrow(RangeError);
  });
});

describe('partsString', () => {
  // Every position astral (two UTF-16 units each), at the longest fully random length: a buffer
  // sized for one unit a character would silently drop the end.
  it('keeps every character of a head and tail made of astral characters', () => {
    const astral = new CodePointSet([[0x1f600, 0x1f64f]]);
    const arb = partsString({
      prefix: 'p-',
      head: [astral, astral],
      tail: astral,
      bounds: { minLength: 32, maxLength: 32 },
    });
    assertProperty(
      fc.property(arb, (s) => {
        expect(s.startsWith('p-')).toBe(true);
        expect(codePointLength(s)).toBe(2 + 2 + 32);
        expect(arb.canShrinkWithoutContext(s)).toBe(true);
      }),
    );
  });

  it('keeps the prefix and each head position in its own set when shrinking', () => {
    const digits = new CodePointSet([[0x30, 0x39]]);
    const arb = partsString({
      prefix: 'x',
      head: [digits],
      tail: new CodePointSet([[0x61, 0x7a]]),
      bounds: { minLength: 1, maxLength: 20 },
    });
    const details = fc.check(
      fc.property(arb, () => false),
      { seed: 3 },
    );
    expect(details.counterexample?.[0]).toBe('x0a');
  });
});
