// Options are checked when an arbitrary is built: a request the contract cannot satisfy is an
// error there, not a stream of values that silently mean something else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { stringConstraint } from '../contract/index.js';
import {
  connectionArn,
  connectionName,
  invalidConnectionName,
  invalidTagKey,
  tagKey,
  tags,
} from './index.js';
import { assertProperty } from '../test-support/generators/property.js';

const name = stringConstraint('ConnectionName');

describe('connectionName options', () => {
  it('a prefix starts every name, and names still reach the longest length', () => {
    const names = fc.sample(connectionName({ prefix: 'cf-7a3e' }), 200);
    expect(names.every((n) => n.startsWith('cf-7a3e'))).toBe(true);
    expect(names.some((n) => n.length === name.maxLength)).toBe(true);
  });

  it('refuses a prefix that cannot start a name', () => {
    expect(() => connectionName({ prefix: '-abc' })).toThrow(/cannot start a ConnectionName/);
    expect(() => connectionName({ prefix: 'ab c' })).toThrow(/cannot start a ConnectionName/);
    expect(() => connectionName({ prefix: 'a'.repeat(name.maxLength + 1) })).toThrow(RangeError);
  });

  it('narrows lengths within the shape and refuses lengths outside it', () => {
    assertProperty(
      fc.property(connectionName({ minLength: 10, maxLength: 12 }), (n) => {
        expect(n.length).toBeGreaterThanOrEqual(10);
        expect(n.length).toBeLessThanOrEqual(12);
      }),
    );
    expect(() => connectionName({ maxLength: name.maxLength + 1 })).toThrow(/accepts lengths/);
    expect(() => connectionName({ minLength: name.minLength - 1 })).toThrow(/accepts lengths/);
    expect(() => connectionName({ minLength: 12, maxLength: 10 })).toThrow(/accepts lengths/);
  });
});

describe('reason selection', () => {
  it('draws only the reasons asked for', () => {
    const reasons = new Set(
      fc
        .sample(invalidConnectionName({ reasons: ['too-long', 'wrong-type'] }), 200)
        .map((l) => l.reason),
    );
    expect([...reasons].sort()).toEqual(['too-long', 'wrong-type']);
  });

  it('draws only values that break the requirements asked for', () => {
    const ids = new Set(
      fc.sample(invalidTagKey({ breaks: ['shape.TagKey.pattern'] }), 200).map((l) => l.requirement),
    );
    expect([...ids]).toEqual(['shape.TagKey.pattern']);
  });

  it('refuses an unknown reason and an empty selection', () => {
    expect(() => invalidConnectionName({ reasons: ['nonsense' as never] })).toThrow(
      /produces nothing for nonsense/,
    );
    expect(() => invalidConnectionName({ reasons: [] })).toThrow(/no reason/);
    expect(() =>
      invalidConnectionName({ reasons: ['too-long'], breaks: ['shape.ConnectionName.pattern'] }),
    ).toThrow(/no reason/);
  });
});

describe('tag options', () => {
  it('keys never start with the reserved prefix, in any letter case', () => {
    assertProperty(
      fc.property(tagKey({ maxLength: 6 }), (k) => {
        expect(k.slice(0, 4).toLowerCase()).not.toBe('aws:');
      }),
    );
  });

  it('tag lists respect their length bounds and keep keys distinct', () => {
    assertProperty(
      fc.property(tags({ minLength: 2, maxLength: 4 }), (list) => {
        expect(list.length).toBeGreaterThanOrEqual(2);
        expect(list.length).toBeLessThanOrEqual(4);
        expect(new Set(list.map((t) => t.Key)).size).toBe(list.length);
      }),
    );
  });
});

describe('connectionArn options', () => {
  it('puts the given region and account in the CONN-ARN-FORMAT layout', () => {
    assertProperty(
      fc.property(connectionArn({ region: 'eu-west-1', account: '123456789012' }), (arn) => {
        expect(arn).toMatch(
          /^arn:aws:apprunner:eu-west-1:123456789012:connection\/[A-Za-z0-9][\w-]{3,31}\/[0-9a-f]{32}$/,
        );
      }),
    );
  });

  it('refuses a region or account the ARN pattern rejects', () => {
    expect(() => connectionArn({ account: '12345' })).toThrow(/rejects/);
    expect(() => connectionArn({ region: 'EU_WEST' })).toThrow(/rejects/);
  });
});
