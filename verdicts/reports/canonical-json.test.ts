import { describe, expect, test } from 'vitest';
import { canonicalJson, canonicalJsonIndented } from './canonical-json.js';

describe('canonicalJson', () => {
  test('values that differ only in key order get one text, at every depth', () => {
    const a = { status: 400, error: { type: 'X', detail: [{ b: 1, a: 2 }] } };
    const b = { error: { detail: [{ a: 2, b: 1 }], type: 'X' }, status: 400 };
    expect(canonicalJson(a)).toBe(canonicalJson(b));
    expect(canonicalJson(a)).toBe('{"error":{"detail":[{"a":2,"b":1}],"type":"X"},"status":400}');
  });

  test('values that differ get different texts: array order and types count', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
    expect(canonicalJson({ a: 1 })).not.toBe(canonicalJson({ a: '1' }));
    expect(canonicalJson({ a: null })).not.toBe(canonicalJson({}));
  });

  test('scalars, undefined and toJSON are written as JSON.stringify writes them', () => {
    expect(canonicalJson('not listed')).toBe('"not listed"');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson({ at: new Date(0) })).toBe('{"at":"1970-01-01T00:00:00.000Z"}');
  });

  test('the indented form sorts keys too', () => {
    expect(canonicalJsonIndented({ b: 1, a: [true] })).toBe(
      '{\n  "a": [\n    true\n  ],\n  "b": 1\n}',
    );
  });
});
