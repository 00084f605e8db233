import { describe, expect, it } from 'vitest';
import { ALL_SCALARS, CodePointSet, codePointsIn, codePointsMatching } from './code-point-set.js';

describe('CodePointSet', () => {
  const set = new CodePointSet([
    [0x30, 0x39],
    [0x41, 0x5a],
  ]);

  it('counts, finds and indexes its members', () => {
    expect(set.size).toBe(36);
    expect([set.has(0x30), set.has(0x40), set.has(0x5a)]).toEqual([true, false, true]);
    expect([set.at(0), set.at(10), set.at(35)]).toEqual([0x30, 0x41, 0x5a]);
    expect(() => set.at(36)).toThrow(RangeError);
  });

  it('subtracts, intersects and unites by ranges', () => {
    expect(set.minus(new CodePointSet([[0x35, 0x42]])).ranges).toEqual([
      [0x30, 0x34],
      [0x43, 0x5a],
    ]);
    expect(set.within([0x38, 0x41]).ranges).toEqual([
      [0x38, 0x39],
      [0x41, 0x41],
    ]);
    expect(set.union(new CodePointSet([[0x3a, 0x40]])).ranges).toEqual([[0x30, 0x5a]]);
  });

  it('holds every scalar value and no surrogate half', () => {
    expect(ALL_SCALARS.size).toBe(0x110000 - 0x800);
    expect([ALL_SCALARS.has(0xd800), ALL_SCALARS.has(0xdfff), ALL_SCALARS.has(0x10ffff)]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('reads a class through the RegExp engine, as ajv compiles it (unicode mode)', () => {
    expect(codePointsMatching(/[A-Za-z0-9\-_]/u).ranges).toEqual([
      [0x2d, 0x2d],
      [0x30, 0x39],
      [0x41, 0x5a],
      [0x5f, 0x5f],
      [0x61, 0x7a],
    ]);
    // '.' in unicode mode matches everything but the four line terminators.
    expect(ALL_SCALARS.minus(codePointsMatching(/./u)).ranges).toEqual([
      [0x0a, 0x0a],
      [0x0d, 0x0d],
      [0x2028, 0x2029],
    ]);
  });

  it('filters by a predicate', () => {
    expect(codePointsIn(set, (cp) => cp % 2 === 0).size).toBe(18);
  });
});
