import { chmodSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readTree, writeTree } from './write-tree.js';

test('a tree is replaced as a whole and stale files disappear', () => {
  const dir = join(mkdtempSync(join(tmpdir(), 'tree-')), 'out');
  writeTree(
    dir,
    new Map([
      ['a.json', '1'],
      ['sub/b.json', '2'],
    ]),
  );
  writeTree(dir, new Map([['a.json', '3']]));
  expect(readTree(dir)).toEqual(new Map([['a.json', '3']]));
});

test('a failed write leaves the previous tree intact and no temporary directory', () => {
  const parent = mkdtempSync(join(tmpdir(), 'tree-'));
  const dir = join(parent, 'out');
  writeTree(dir, new Map([['a.json', 'old']]));
  // A path that cannot be created (a file where a directory must go) fails mid-write.
  const bad = new Map([
    ['a.json', 'new'],
    ['a.json/b.json', 'x'],
  ]);
  expect(() => writeTree(dir, bad)).toThrow();
  expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old');
  expect(readdirSync(parent)).toEqual(['out']);
  chmodSync(parent, 0o755);
});
