// ConnectionStore: indexes, removal, and pages that start after a cursor in either direction,
// including across removed entries and compaction.
import { describe, expect, it } from 'vitest';
import type { NewConnection } from './connection.js';
import { ConnectionStore } from './store.js';

const draft = (name: string): NewConnection => ({
  name,
  arn: `arn:aws:apprunner:us-east-1:000000000000:connection/${name}/x`,
  providerType: 'GITHUB',
  createdAt: 0,
  status: 'PENDING_HANDSHAKE',
  tags: new Map(),
});

function filled(count: number): ConnectionStore {
  const store = new ConnectionStore();
  for (let i = 0; i < count; i++) store.insert(draft(`c${i}`));
  return store;
}

const names = (page: { name: string }[]) => page.map((c) => c.name);

describe('ConnectionStore', () => {
  it('finds by name and ARN and forgets removed connections', () => {
    const store = filled(3);
    const c1 = store.byName('c1');
    expect(c1 && store.byArn(c1.arn)).toBe(c1);
    expect(store.remove(c1!)).toBe(true);
    expect(store.remove(c1!)).toBe(false);
    expect([store.byName('c1'), store.size]).toEqual([undefined, 2]);
  });

  it('pages oldest first and newest first after a cursor', () => {
    const store = filled(5);
    const first = store.page(undefined, 2, 'oldest-first');
    expect(names(first)).toEqual(['c0', 'c1']);
    expect(names(store.page(first[1]?.seq, 2, 'oldest-first'))).toEqual(['c2', 'c3']);
    const newest = store.page(undefined, 2, 'newest-first');
    expect(names(newest)).toEqual(['c4', 'c3']);
    expect(names(store.page(newest[1]?.seq, 10, 'newest-first'))).toEqual(['c2', 'c1', 'c0']);
  });

  it('continues after a cursor whose connection was removed, across compaction', () => {
    const store = filled(300);
    const cursor = store.byName('c10')!;
    for (let i = 0; i < 200; i++) store.remove(store.byName(`c${i}`)!);
    expect(names(store.page(cursor.seq, 2, 'oldest-first'))).toEqual(['c200', 'c201']);
    expect(names(store.page(store.byName('c250')!.seq, 2, 'newest-first'))).toEqual([
      'c249',
      'c248',
    ]);
    expect(store.all()).toHaveLength(100);
  });
});
