// The public surface is reviewed as a diff: api/<entry>.api.md must be what API Extractor makes of
// the declarations the build emits (npm run api-report rewrites them), one per entry of exports.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import pkg from '../package.json' with { type: 'json' };
import { runScriptShowingProgress } from '../test-support/run-script.js';

const entries = Object.keys(pkg.exports).filter((e) => e !== './package.json');
const reportOf = (entry: string): string =>
  join(PROJECT_ROOT, 'api', `${entry === '.' ? 'index' : entry.slice(2)}.api.md`);

test('every entry of exports has an API report, of what that entry exports', () => {
  for (const entry of entries) {
    expect(existsSync(reportOf(entry)), entry).toBe(true);
    const report = readFileSync(reportOf(entry), 'utf8');
    expect(report).toMatch(/^## API Report File for /);
    // Made on one machine, checked on another: nothing in it may depend on where.
    expect(report).not.toMatch(/\/(tmp|home|root|work)\//);
  }
  expect(readFileSync(reportOf('./emulator'), 'utf8')).toMatch(/export function startEmulator\(/);
});

test('the reports match the declarations, and every TSDoc comment is well formed', async () => {
  // Declarations of the whole build and four analyses: minutes on a loaded machine.
  const r = await runScriptShowingProgress('api-report.ts', ['--check'], 'api-report', 600_000);
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 660_000);
