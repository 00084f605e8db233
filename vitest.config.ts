// Projects:
// - `unit` tests this project's own code (derivation, generators, emulator, gate);
// - `conformance` runs the suites in suites/ against the target of the run's configuration
//   (harness/run-config.ts), by default the reference emulator, which each worker starts for
//   itself (harness/embedded-settings.ts);
// - `conformance-serial` runs the checks that touch account-wide state (the quota) alone, after
//   everything else, unless each worker has an emulator of its own (below).
import { defineConfig } from 'vitest/config';
import { runConfigFromEnv } from './harness/run-config.js';
import { ownsEmulators } from './harness/target-config.js';

// The run's configuration, built once (by the conformance command, or here with a fresh seed for
// a bare `vitest run`) and provided to every worker of every project: one seed for the whole run.
const runConfig = runConfigFromEnv();
const provide = { runConfig };

// Against the embedded emulator every worker has one of its own and the serial files run with the
// rest; against any other target, and when recording fixtures, they run alone, last
// (docs/decisions/0002-worker-pool.md).
const ownEmulators = ownsEmulators(runConfig.target);
const SERIAL = 'suites/**/*.serial.suite.ts';

const conformance = {
  provide,
  setupFiles: ['harness/file-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // One worker runs its files one after another, loading the SDK once, in child processes where it
  // holds both ends of its emulator's sockets (docs/decisions/0002-worker-pool.md).
  isolate: false,
  pool: ownEmulators ? ('forks' as const) : ('threads' as const),
};

export default defineConfig({
  test: {
    reporters: ['default', './test-support/summary-line-reporter.ts'],
    // Transformed modules are kept on disk (docs/decisions/0004-module-cache.md).
    experimental: { fsModuleCache: true },
    projects: [
      {
        test: {
          name: 'unit',
          provide,
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**'],
          testTimeout: 30_000,
          // Scripts the tests start inherit this: the SDK's notice about Node 20 is noise there.
          env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
          // The workflow parser imports JSON without an import attribute, which Node's own loader
          // refuses; letting Vite transform it makes the import work.
          server: { deps: { inline: ['@actions/workflow-parser'] } },
        },
      },
      {
        test: {
          ...conformance,
          name: 'conformance',
          include: ['suites/**/*.suite.ts'],
          exclude: ownEmulators ? [] : [SERIAL],
        },
      },
      {
        test: {
          ...conformance,
          name: 'conformance-serial',
          include: ownEmulators ? [] : [SERIAL],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
