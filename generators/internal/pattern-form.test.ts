import { describe, expect, it } from 'vitest';
import { stringConstraint } from '../../contract/index.js';
import { patternLengths, readPatternForm } from './pattern-form.js';

describe('readPatternForm', () => {
  it('reads ConnectionName as one first character and a tail of 3..31', () => {
    const form = readPatternForm(stringConstraint('ConnectionName').pattern ?? '');
    expect(form.anchored).toBe(true);
    expect(form.segments.map((s) => [s.characters.size, s.min, s.max])).toEqual([
      [62, 1, 1],
      [64, 3, 31],
    ]);
    expect(patternLengths(form)).toEqual({ min: 4, max: 32 });
  });

  it('reads TagKey as a forbidden prefix and one or more of any character but a line terminator', () => {
    const form = readPatternForm(stringConstraint('TagKey').pattern ?? '');
    expect(form.forbiddenPrefix).toBe('aws:');
    expect(form.segments.map((s) => [s.characters.size, s.min, s.max])).toEqual([
      [0x110000 - 0x800 - 4, 1, Infinity],
    ]);
  });

  it('reads the unanchored .* of TagValue as constraining nothing', () => {
    const form = readPatternForm(stringConstraint('TagValue').pattern ?? '');
    expect([form.anchored, patternLengths(form)]).toEqual([false, { min: 0, max: Infinity }]);
  });

  it('refuses forms it cannot build from, rather than guessing', () => {
    for (const p of [
      '^(a|b)$',
      '^abc$',
      '^[a-z]+',
      '[a-z]+$',
      '(?!x)[a-z]',
      '^[a-z]{2,x}$',
      '^[a-z$',
    ]) {
      expect(() => readPatternForm(p), p).toThrow(/outside the forms/);
    }
  });
});
