// lengthOrPattern against targets that misapply one rule each: it must blame that rule, and
// both when its probes cannot tell them apart.
import { describe, expect, test } from 'vitest';
import { lengthOrPattern } from './refused-valid.js';

const utf16Units = (s: string): number => s.length;
const codePoints = (s: string): number => [...s].length;

/** An accepts() that records every probe it is asked. */
function target(accepts: (probe: string) => boolean) {
  const probes: string[] = [];
  return {
    probes,
    accepts: (probe: string): Promise<boolean> => {
      probes.push(probe);
      return Promise.resolve(accepts(probe));
    },
  };
}

describe('lengthOrPattern', () => {
  test('a target counting UTF-16 units refuses long astral keys: the length is blamed', async () => {
    const key = '𝔸𝔹ℂ𝔻'.repeat(20); // 80 code points, 140 UTF-16 units
    const t = target((k) => utf16Units(k) <= 128);
    expect(utf16Units(key)).toBeGreaterThan(128);
    const blame = await lengthOrPattern('TagKey', key, (c) => c, t.accepts);
    expect(blame.requirements).toEqual(['shape.TagKey.length']);
    expect(blame.evidence).toMatch(/length of 80 code points/);
  });

  test('a target refusing one allowed character: the pattern is blamed', async () => {
    const prefix = 'fx-ab12';
    const name = `${prefix}n1_tail-end_x`;
    const t = target((n) => !n.slice(prefix.length).includes('_'));
    const blame = await lengthOrPattern('ConnectionName', name, (c) => `${prefix}${c}`, t.accepts);
    expect(blame.requirements).toEqual(['shape.ConnectionName.pattern']);
    expect(blame.evidence).toContain('was refused as well');
  });

  test('a target one short of the maximum name length: the length is blamed', async () => {
    const prefix = 'fx-ab12';
    const name = `${prefix}${'a'.repeat(25)}`; // 32 code points
    const t = target((n) => codePoints(n) <= 31);
    const blame = await lengthOrPattern('ConnectionName', name, (c) => `${prefix}${c}`, t.accepts);
    expect(blame.requirements).toEqual(['shape.ConnectionName.length']);
  });

  test('every probe is shorter than the value and valid for the shape', async () => {
    const value = 'The quick brown fox jumps over the lazy dog, 0123456789!';
    const t = target(() => true);
    await lengthOrPattern('TagValue', value, (c) => c, t.accepts);
    expect(t.probes.length).toBeGreaterThan(1);
    for (const p of t.probes) {
      expect(codePoints(p)).toBeLessThan(codePoints(value));
      expect(codePoints(p)).toBeLessThanOrEqual(8);
    }
    // Together the probes carry every distinct character of the value.
    expect(new Set(t.probes.join(''))).toEqual(new Set(value));
  });

  test('a value too short to probe blames both rules', async () => {
    const t = target(() => true);
    const blame = await lengthOrPattern('TagKey', 'k', (c) => c, t.accepts);
    expect(blame.requirements).toEqual(['shape.TagKey.length', 'shape.TagKey.pattern']);
    expect(t.probes).toEqual([]);
  });

  test('a probe the shape itself forbids is not sent, and both rules are blamed', async () => {
    // The distinct characters of "awws:x" are "aws:x", which no tag key may be.
    const t = target(() => true);
    const blame = await lengthOrPattern('TagKey', 'awws:x', (c) => c, t.accepts);
    expect(t.probes).toEqual([]);
    expect(blame.requirements).toEqual(['shape.TagKey.length', 'shape.TagKey.pattern']);
  });

  test('a probe that cannot be asked blames both rules rather than counting as accepted', async () => {
    const probes: string[] = [];
    const blame = await lengthOrPattern(
      'TagKey',
      'abcdefghij-klmnop',
      (c) => c,
      (probe) => {
        probes.push(probe);
        return Promise.resolve(undefined);
      },
    );
    expect(probes).toHaveLength(1);
    expect(blame.requirements).toEqual(['shape.TagKey.length', 'shape.TagKey.pattern']);
  });
});
