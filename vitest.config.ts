// Projects:
// - `unit` tests this project's own code (derivation, generators, emulator, gate);
// - `conformance` runs the suites in suites/ against the target the environment names (see
//   harness/target-config.ts), by default the reference emulator, which each worker starts in its
//   own thread (harness/embedded-settings.ts);
// - `conformance-serial` runs the checks that touch account-wide state (the quota) alone, after
//   everything else, unless each worker has an emulator of its own (below).
import { defineConfig } from 'vitest/config';
import { ensureSeed } from './harness/property-runs.js';
import { ownsEmulators, targetConfigFromEnv } from './harness/target-config.js';

// One seed for the whole run, inherited by every worker (see harness/property-runs.ts).
ensureSeed();

// Against the embedded emulator every worker has one of its own, and a worker runs its files one
// after another: the checks that need the account to themselves (*.serial.suite.ts) already have
// it, and run with the rest, which spares the run the start of another worker at its end (one to
// two seconds). Against any other target, and when recording fixtures, they run alone, last.
const ownEmulators = ownsEmulators(targetConfigFromEnv());
const SERIAL = 'suites/**/*.serial.suite.ts';

const conformance = {
  globalSetup: ['harness/global-setup.ts'],
  setupFiles: ['harness/file-setup.ts'],
  testTimeout: 60_000,
  hookTimeout: 60_000,
  // The suites keep no state between files that matters (each file cleans up after itself), and
  // loading the SDK once per worker instead of once per file halves a run.
  isolate: false,
  // Worker threads, which start sooner and message vitest for less than child processes, except
  // where each worker holds both ends of its emulator's sockets: Node aborts the whole process when
  // a worker thread is terminated while one of its sockets is being read (a run stopped with
  // Ctrl-C did so once in four), while a child process that is killed takes only itself down.
  // There, one worker of either pool took the same time, within the noise of three runs each.
  pool: ownEmulators ? ('forks' as const) : ('threads' as const),
};

export default defineConfig({
  test: {
    reporters: ['default', './test-support/summary-line-reporter.ts'],
    // Transformed modules are kept on disk (node_modules/.experimental-vitest-cache), keyed by
    // their source, the config and the lock file: a run then transforms only what changed, and
    // each conformance worker starts without waiting for the TypeScript it loads to be
    // transformed again (about a second of a conformance run; `npx vitest --clearCache` empties it).
    experimental: { fsModuleCache: true },
    projects: [
      {
        test: {
          name: 'unit',
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
