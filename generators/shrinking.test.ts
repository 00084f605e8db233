// Counterexamples shrink to small, readable values: the shortest lengths the contract allows,
// 'a' for every character that does not matter, and the simplest reason of an invalid arbitrary.
// Runs with the run's seed, so the assertions are about the shape of the result, not one string.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParameters } from '../harness/property-runs.js';
import { enumValues, stringConstraint } from '../contract/index.js';
import {
  connectionArn,
  connectionName,
  createConnectionInput,
  invalidConnectionName,
  invalidCreateConnectionInput,
  invalidTagKey,
  tagKey,
  tags,
  type Invalid,
} from './index.js';
import { codePointLength } from './internal/sized-string.js';

/** The value a property that fails whenever `fails` holds shrinks to. */
function shrunk<T>(arbitrary: fc.Arbitrary<T>, fails: (v: T) => boolean = () => true): T {
  const details = fc.check(
    fc.property(arbitrary, (v) => !fails(v)),
    propertyParameters({ numRuns: 1000 }),
  );
  if (!details.failed || !details.counterexample) throw new Error('the property did not fail');
  return details.counterexample[0];
}

const name = stringConstraint('ConnectionName');
const [firstProvider] = enumValues('ProviderType');

describe('shrinking', () => {
  it('a name shrinks to the shortest name of a repeated "a"', () => {
    expect(shrunk(connectionName())).toBe('a'.repeat(name.minLength));
  });

  it('a name that must contain "_" shrinks to the shortest name with one "_" among "a"s', () => {
    const v = shrunk(connectionName(), (n) => n.includes('_'));
    expect([v.length, v.replace(/a/g, '')]).toEqual([name.minLength, '_']);
  });

  it('a name that must be 20 long shrinks to exactly 20 "a"s', () => {
    expect(shrunk(connectionName(), (n) => n.length >= 20)).toBe('a'.repeat(20));
  });

  it('a tag key that must hold an astral character shrinks to that one character', () => {
    expect(Array.from(shrunk(tagKey(), (k) => k.length !== Array.from(k).length))).toHaveLength(1);
  });

  it('a tag list that must hold two tags shrinks to two one-character keys with empty values', () => {
    const v = shrunk(tags(), (t) => t.length >= 2);
    expect(v.map((t) => [codePointLength(t.Key), t.Value])).toEqual([
      [1, ''],
      [1, ''],
    ]);
  });

  it('an input shrinks to the shortest name, the first provider and no tags', () => {
    expect(shrunk(createConnectionInput())).toEqual({
      ConnectionName: 'a'.repeat(name.minLength),
      ProviderType: firstProvider,
    });
  });

  it('an ARN shrinks to the simplest one with an all-zero id', () => {
    expect(shrunk(connectionArn())).toMatch(new RegExp(`/${'a'.repeat(name.minLength)}/0{32}$`));
  });

  it('an invalid name shrinks to the empty name', () => {
    expect(shrunk(invalidConnectionName())).toMatchObject({ value: '', reason: 'too-short' });
  });

  it('an anchoring trap shrinks to a shortest name and one affix character (or a second shortest name)', () => {
    const v = shrunk(invalidConnectionName({ reasons: ['anchoring-trap'] })).value as string;
    expect([name.minLength + 1, 2 * name.minLength + 1]).toContain(v.length);
    expect(v.replace(/a/g, '')).toHaveLength(1);
  });

  it('a disallowed character shrinks to one ASCII punctuation mark among "a"s', () => {
    const v = shrunk(invalidConnectionName({ reasons: ['disallowed-character'] })).value as string;
    expect(v.replace(/a/g, '')).toMatch(/^[!-/:-@[-`{-~]$/);
  });

  it('a key with a line terminator shrinks to a newline and at most one other character', () => {
    const v = shrunk(invalidTagKey({ reasons: ['line-terminator'] })).value as string;
    expect(v.replace(/a/g, '')).toBe('\n');
  });

  it('an invalid input shrinks to one member of a few characters', () => {
    const v: Invalid = shrunk(invalidCreateConnectionInput());
    expect(JSON.stringify(v.value).length).toBeLessThan(60);
  });
});
