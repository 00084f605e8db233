import { describe, expect, it } from 'vitest';
import { differences, reachableStates, sameTags, type TagCall, type TagState } from './orders.js';

const state = (entries: Record<string, string>): TagState => new Map(Object.entries(entries));
const tag = (entries: Record<string, string>): TagCall => ({
  kind: 'tag',
  tags: Object.entries(entries).map(([Key, Value]) => ({ Key, Value })),
});
const untag = (...keys: string[]): TagCall => ({ kind: 'untag', keys });
const reachable =
  (start: TagState, calls: TagCall[], maybe: TagCall[] = []) =>
  (s: Record<string, string>) =>
    reachableStates(start, calls, maybe).some((r) => sameTags(r, state(s)));

describe('reachableStates', () => {
  it('two tag calls on disjoint keys leave both, in either order', () => {
    const ok = reachable(state({ a: '1' }), [tag({ b: '2' }), tag({ c: '3' })]);
    expect(ok({ a: '1', b: '2', c: '3' })).toBe(true);
    // A lost update: one call's key is missing in every order.
    expect(ok({ a: '1', b: '2' })).toBe(false);
  });

  it('an overwrite race leaves one of the values written, never the old one', () => {
    const ok = reachable(state({ k: 'old' }), [tag({ k: 'x' }), tag({ k: 'y' })]);
    expect(ok({ k: 'x' })).toBe(true);
    expect(ok({ k: 'y' })).toBe(true);
    expect(ok({ k: 'old' })).toBe(false);
  });

  it('tag and untag of one key: present or absent, but the other keys as written', () => {
    const ok = reachable(state({ k: 'old', z: '0' }), [tag({ k: 'new', m: '1' }), untag('k')]);
    expect(ok({ k: 'new', m: '1', z: '0' })).toBe(true);
    expect(ok({ m: '1', z: '0' })).toBe(true);
    expect(ok({ k: 'old', m: '1', z: '0' })).toBe(false);
    expect(ok({ k: 'new', z: '0' })).toBe(false);
  });

  it('a call answered 5xx may or may not have taken effect', () => {
    const ok = reachable(state({}), [tag({ a: '1' })], [tag({ b: '2' })]);
    expect(ok({ a: '1' })).toBe(true);
    expect(ok({ a: '1', b: '2' })).toBe(true);
    expect(ok({ b: '2' })).toBe(false);
  });

  it('three calls: every one of the six orders', () => {
    const calls = [tag({ k: '1' }), tag({ k: '2' }), tag({ k: '3' })];
    expect(reachableStates(state({}), calls)).toHaveLength(6);
  });
});

describe('differences', () => {
  it('names missing, changed and extra keys', () => {
    expect(
      differences(state({ a: '1', c: '9', d: '4' }), state({ a: '2', b: '3', c: '9' })),
    ).toEqual(['missing "b"', 'other value of "a"', 'extra "d"']);
  });
});
