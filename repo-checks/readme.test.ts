// The README's quick start must stay true: its commands exist, and .ci/run runs its test command.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import pkg from '../package.json' with { type: 'json' };

const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8');
const quickStart = /## Quick start\n+```sh\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const commands = quickStart
  .split('\n')
  .map((l) => l.trim())
  .filter(Boolean);

test('the quick start is npm ci and two commands: the main job and the tests', () => {
  expect(commands[0]).toBe('npm ci');
  expect(commands.slice(1)).toEqual(['npm run conformance', 'npm test']);
});

test('every npm script the README names exists', () => {
  for (const m of readme.matchAll(/npm run ([\w:-]+)/g))
    expect(Object.keys(pkg.scripts)).toContain(m[1]);
});

test('.ci/run installs from the lock file and runs the README test command', () => {
  const ci = readFileSync(join(PROJECT_ROOT, '.ci/run'), 'utf8');
  expect(ci).toMatch(/^npm ci\b/m);
  expect(ci).toMatch(/^npm test$/m);
});
