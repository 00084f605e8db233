// generated/ is made from spec/ alone and never edited: it must equal a fresh rendering, and
// every file must say in its first line that it is generated and how.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import { diffTrees, readTree } from './write-tree.js';
import { renderGenerated } from './render-generated.js';

test('generated/ is up to date with spec/ (run npm run generate if not)', async () => {
  const fresh = await renderGenerated(join(PROJECT_ROOT, 'spec'));
  expect(diffTrees(readTree(join(PROJECT_ROOT, 'generated')), fresh)).toEqual([]);
});

test('every generated file is marked as generated in its first line', async () => {
  const fresh = await renderGenerated(join(PROJECT_ROOT, 'spec'));
  for (const [path, content] of fresh) {
    expect(content.split('\n')[0], path).toMatch(
      /^\/\/ GENERATED FILE, do not edit\. Made from .* by `npm run generate`\.$/,
    );
  }
});

test('the first line of each generated file names every spec file it is made from', async () => {
  const fresh = await renderGenerated(join(PROJECT_ROOT, 'spec'));
  const first = (path: string): string => fresh.get(path)?.split('\n')[0] ?? '';
  // REQUIREMENT_IDS is read from both parts of the catalogue (found missing in an audit).
  for (const file of [
    'spec/derived/operations.json',
    'spec/derived/errors.json',
    'spec/derived/provenance.json',
    'spec/requirements.json',
    'spec/derived/constraint-requirements.json',
  ]) {
    expect(first('contract.ts')).toContain(` ${file}`);
  }
  // The types' comments say which operation a shape is the input of, and an error's status.
  for (const file of [
    'spec/derived/shapes.schema.json',
    'spec/derived/operations.json',
    'spec/derived/errors.json',
  ]) {
    expect(first('types.ts')).toContain(` ${file}`);
  }
  expect(first('validators.cjs')).toContain(' spec/derived/schemas/*.schema.json ');
  expect(first('validators.d.cts')).toContain(' spec/derived/schemas/*.schema.json ');
});

test('every spec file a first line names exists (for a glob, some file matches it)', async () => {
  const fresh = await renderGenerated(join(PROJECT_ROOT, 'spec'));
  for (const [path, content] of fresh) {
    const named = content.split('\n')[0]?.match(/spec\/[\w/*.-]+\.json/g) ?? [];
    expect(named.length, path).toBeGreaterThan(0);
    for (const file of named) {
      const [dir, suffix] = file.split('/*');
      const found =
        suffix === undefined
          ? existsSync(join(PROJECT_ROOT, file))
          : readdirSync(join(PROJECT_ROOT, dir as string)).some((e) => e.endsWith(suffix));
      expect(found, `${path}: ${file}`).toBe(true);
    }
  }
});
