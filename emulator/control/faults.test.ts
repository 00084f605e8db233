import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { OPERATIONS } from '../../contract/index.js';
import { PROJECT_ROOT } from '../../common/project-root.js';
import { checkFault, FaultPlan, FaultSpecError, MATCHABLE_MEMBERS, MAX_FAULTS } from './faults.js';

const inputSchema = (operation: string) => {
  const input = OPERATIONS.operations.find((o) => o.name === operation)?.input ?? '';
  const doc = JSON.parse(
    readFileSync(join(PROJECT_ROOT, `spec/derived/schemas/${input}.schema.json`), 'utf8'),
  ) as { $defs: Record<string, { properties?: Record<string, { $ref?: string }> }> };
  return doc;
};

describe('the members a fault matches on', () => {
  it('are exactly the string members of each operation input, by the derived schemas', () => {
    for (const { name } of OPERATIONS.operations) {
      const doc = inputSchema(name);
      const input = OPERATIONS.operations.find((o) => o.name === name)?.input ?? '';
      const strings = Object.entries(doc.$defs[input]?.properties ?? {})
        .filter(
          ([, p]) => doc.$defs[p.$ref?.split('/').at(-1) ?? '']?.['type' as never] === 'string',
        )
        .map(([member]) => member)
        .sort();
      expect([...MATCHABLE_MEMBERS[name]].sort(), name).toEqual(strings);
    }
  });
});

describe('a fault spec', () => {
  it('gets its defaults: one call, an InternalServiceErrorException', () => {
    expect(checkFault({ operation: 'ListConnections', kind: 'error' })).toEqual({
      operation: 'ListConnections',
      kind: 'error',
      error: 'InternalServiceErrorException',
      count: 1,
    });
  });

  it.each([
    [{ operation: 'Nope', kind: 'error' }, /operation must be/],
    [{ operation: 'ListConnections', kind: 'explode' }, /kind must be/],
    [{ operation: 'ListConnections', kind: 'error', colour: 'red' }, /no member "colour"/],
    [
      { operation: 'CreateConnection', kind: 'error', error: 'InvalidStateException' },
      /modeled error of CreateConnection/,
    ],
    [{ operation: 'ListConnections', kind: 'drop', count: 1, fraction: 0.5 }, /count or fraction/],
    [{ operation: 'ListConnections', kind: 'drop', fraction: 0 }, /fraction must be/],
    [{ operation: 'ListConnections', kind: 'delay' }, /delayMs must be/],
    [{ operation: 'ListConnections', kind: 'drop', delayMs: 5 }, /delayMs applies/],
    [
      { operation: 'ListConnections', kind: 'drop', match: { ConnectionNmae: 'x' } },
      /"ConnectionNmae" is not a string member/,
    ],
    [{ operation: 'ListConnections', kind: 'drop', match: { MaxResults: 5 } }, /string values/],
  ])('%j is refused with a message naming the problem', (spec, message) => {
    expect(() => checkFault(spec)).toThrow(FaultSpecError);
    expect(() => checkFault(spec)).toThrow(message);
  });
});

describe('a fault plan', () => {
  it('takes the next N matching calls, then lets calls through', () => {
    const plan = new FaultPlan();
    plan.add({
      operation: 'ListConnections',
      kind: 'drop',
      count: 2,
      match: { ConnectionName: 'a' },
    });
    expect(plan.take('ListConnections', { ConnectionName: 'b' })).toBeUndefined();
    expect(plan.take('DeleteConnection', { ConnectionName: 'a' })).toBeUndefined();
    expect(plan.take('ListConnections', { ConnectionName: 'a' })?.kind).toBe('drop');
    expect(plan.list()[0]?.taken).toBe(1);
    expect(plan.take('ListConnections', { ConnectionName: 'a' })?.kind).toBe('drop');
    expect(plan.take('ListConnections', { ConnectionName: 'a' })).toBeUndefined();
    expect(plan.empty).toBe(true);
  });

  it('holds a bounded number of faults', () => {
    const plan = new FaultPlan();
    for (let i = 0; i < MAX_FAULTS; i++) plan.add({ operation: '*', kind: 'drop' });
    expect(() => plan.add({ operation: '*', kind: 'drop' })).toThrow(/at most 1000 faults/);
    plan.clear();
    expect(plan.add({ operation: '*', kind: 'drop' }).id).toBe(1);
  });

  it('takes the same share of calls on every plan, also after clear()', () => {
    const taken = (plan: FaultPlan) => {
      plan.add({ operation: '*', kind: 'drop', fraction: 0.5 });
      return Array.from({ length: 40 }, (_, i) =>
        plan.take('ListConnections', {}) ? i : -1,
      ).filter((i) => i >= 0);
    };
    const fresh = taken(new FaultPlan());
    expect(fresh.length).toBeGreaterThan(10);
    expect(fresh.length).toBeLessThan(30);
    const reused = new FaultPlan();
    taken(reused);
    reused.clear();
    expect(taken(reused)).toEqual(fresh);
  });
});
