// npm run build: the package as it is published, in dist/ (git-ignored). tsc compiles what
// tsconfig.build.json names (and copies the JSON files those modules import); this copies what
// the compiled code reads by path or hands to vitest: the suites as TypeScript (vitest transforms
// every test file it runs, so compiling them would only rename the ids reports and fixtures use),
// the schemas read from spec/, the precompiled validators and the fixture set `--fixtures` replays.
import { cpSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../common/project-root.js';

const DIST = join(PROJECT_ROOT, 'dist');

/** Folder (from the root) -> which of its files the package needs beside the compiled code. */
const ASSETS: Record<string, (file: string) => boolean> = {
  suites: (f) => !f.endsWith('.test.ts'),
  spec: (f) => f.endsWith('.json'),
  generated: (f) => f.endsWith('.cjs') || f.endsWith('.d.cts'),
  'fixtures/recorded': () => true,
};

rmSync(DIST, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const built = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], {
  cwd: PROJECT_ROOT,
  stdio: 'inherit',
});
if (built.status !== 0) process.exit(built.status ?? 1);

for (const [dir, wanted] of Object.entries(ASSETS)) {
  cpSync(join(PROJECT_ROOT, dir), join(DIST, dir), {
    recursive: true,
    // Directories pass, so that the walk reaches their files.
    filter: (src) => statSync(src).isDirectory() || wanted(src),
  });
}
// On stderr: `npm pack --json` runs this first and its stdout must stay JSON.
process.stderr.write(`built ${DIST}\n`);
