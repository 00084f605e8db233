// generated/ is made from spec/ alone and never edited: it must equal a fresh rendering, and
// every file must say in its first line that it is generated and how.
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../test-support/run-script.js';
import { diffTrees, readTree } from '../derive/write-tree.js';
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
