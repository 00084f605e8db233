// Projects:
// - `unit` tests this project's own code (derivation, generators, emulator, gate);
// - `conformance` runs the suites in suites/ against the target the environment names (see
//   targets/target-config.ts), by default the reference emulator started in-process;
// - `conformance-serial` runs the checks that touch account-wide state (the quota) alone, after
//   everything else.
import { defineConfig } from 'vitest/config';
import { ensureSeed } from './config/property-runs.js';

// One seed for the whole run, inherited by every worker (see config/property-runs.ts).
ensureSeed();

const conformance = {
  globalSetup: ['suites/support/global-setup.ts'],
  setupFiles: ['suites/support/file-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // The suites keep no state between files that matters (each file cleans up after itself), and
  // loading the SDK once per worker instead of once per file halves a run.
  isolate: false,
};

export default defineConfig({
  test: {
    reporters: ['default', './test-support/summary-line-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**', 'suites/**'],
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
          exclude: ['suites/**/*.serial.suite.ts'],
        },
      },
      {
        test: {
          ...conformance,
          name: 'conformance-serial',
          include: ['suites/**/*.serial.suite.ts'],
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
