// The label check must fail on every kind of mislabelled value, or the invalid-value proofs
// could pass for the wrong reason.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Invalid } from '../../generators/labels.js';
import { labelMismatch } from './label-check.js';
import { PLACEMENTS } from './placements.js';

const label = (over: Partial<Invalid>): Invalid => ({
  value: 'a'.repeat(33),
  reason: 'too-long',
  requirement: 'shape.ConnectionName.length',
  implied: ['shape.ConnectionName.pattern'],
  path: '',
  kind: 'constraint',
  ...over,
});

describe('labelMismatch', () => {
  it('accepts a correct label', () => {
    expect(labelMismatch(PLACEMENTS.connectionName, label({}))).toBeUndefined();
  });

  it('rejects a valid value labelled invalid', () => {
    expect(labelMismatch(PLACEMENTS.connectionName, label({ value: 'abcd' }))).toMatch(/passes/);
  });

  it('rejects a label that leaves out a rule the value breaks', () => {
    expect(labelMismatch(PLACEMENTS.connectionName, label({ implied: [] }))).toMatch(
      /but labelled/,
    );
  });

  it('rejects a label that claims a rule the value does not break', () => {
    const l = label({
      value: 'ab!d',
      requirement: 'shape.ConnectionName.pattern',
      implied: ['shape.ConnectionName.length'],
    });
    expect(labelMismatch(PLACEMENTS.connectionName, l)).toMatch(/but labelled/);
  });

  it('rejects a label that names the wrong shape for the same rules', () => {
    const l = label({
      requirement: 'shape.TagKey.length',
      implied: ['shape.TagKey.pattern'],
    });
    expect(labelMismatch(PLACEMENTS.connectionName, l)).toMatch(/but labelled/);
  });

  it('rejects a label that points at the wrong member', () => {
    const input = { ConnectionName: 'ab', ProviderType: 'GITHUB' };
    expect(
      labelMismatch(
        PLACEMENTS.createConnectionInput,
        label({ value: input, path: '/ProviderType' }),
      ),
    ).toMatch(/outside/);
  });

  it('rejects a value that breaks a second member as well', () => {
    const input = { ConnectionName: 'a'.repeat(33), ProviderType: 'github' };
    expect(
      labelMismatch(
        PLACEMENTS.createConnectionInput,
        label({ value: input, path: '/ConnectionName' }),
      ),
    ).toMatch(/outside/);
  });

  it('rejects the wrong kind', () => {
    expect(labelMismatch(PLACEMENTS.connectionName, label({ kind: 'malformed' }))).toMatch(/kind/);
  });

  it('fails a property over a generator that mislabels one reason', () => {
    const sloppy = fc.oneof(
      fc.constant(label({})),
      fc.constant(label({ value: 'abc', reason: 'too-short', implied: [] })), // forgets the implied pattern
    );
    const details = fc.check(
      fc.property(sloppy, (l) => labelMismatch(PLACEMENTS.connectionName, l) === undefined),
      { seed: 1, numRuns: 100 },
    );
    expect(details.failed).toBe(true);
    expect(details.counterexample?.[0]).toMatchObject({ reason: 'too-short' });
  });
});
