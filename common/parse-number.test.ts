import { describe, expect, it } from 'vitest';
import { parsePositiveNumber, parseWholeNumber } from './parse-number.js';

describe('parseWholeNumber', () => {
  it.each([
    ['0', 0, 0],
    ['10', 1, 10],
    ['  7 ', 0, 7],
  ])('reads %j (min %d) as %d', (raw, min, expected) => {
    expect(parseWholeNumber(raw, min)).toBe(expected);
  });

  it.each([
    ['', 0],
    [' ', 0],
    ['-1', 0],
    ['0', 1],
    ['1.5', 0],
    ['1e400', 0],
    ['abc', 0],
    ['9007199254740993', 0],
  ])('refuses %j (min %d)', (raw, min) => {
    expect(parseWholeNumber(raw, min)).toBeUndefined();
  });
});

describe('parsePositiveNumber', () => {
  it('reads fractions and whole numbers above zero', () => {
    expect(parsePositiveNumber('0.5')).toBe(0.5);
    expect(parsePositiveNumber('10')).toBe(10);
  });

  it.each(['', '0', '-2', 'Infinity', 'NaN', 'x'])('refuses %j', (raw) => {
    expect(parsePositiveNumber(raw)).toBeUndefined();
  });
});
