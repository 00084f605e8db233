// The vitest projects that run the suites: `conformance` runs suites/ against the target the
// environment names (see harness/target-config.ts), by default the reference emulator, which each
// worker starts in its own thread (harness/embedded-settings.ts); `conformance-serial` runs the
// checks that touch account-wide state (the quota) alone, after everything else, unless each
// worker has an emulator of its own (below). Shared by the repository's vitest.config.ts and by
// harness/conformance.config.ts, the configuration the conformance command starts vitest with,
// from the sources or from the compiled package.
import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import { ownsEmulators, targetConfigFromEnv } from './target-config.js';

/**
 * 'ts' when this module runs from the sources, 'js' when compiled (dist/): the harness files the
 * projects name exist under one of the two. The suites stay TypeScript in both (the build copies
 * them as they are): a test file's path is its id in reports, fixtures and replay commands.
 */
const EXT = import.meta.url.endsWith('.ts') ? 'ts' : 'js';

/** The configuration file `runConformance` starts vitest with. */
export const CONFORMANCE_CONFIG = fileURLToPath(
  new URL(`./conformance.config.${EXT}`, import.meta.url),
);

/** Whether vitest may keep transformed modules on disk: only in a checkout, never in an install. */
export const FROM_SOURCES = EXT === 'ts';

const SERIAL = 'suites/**/*.serial.suite.ts';

export function conformanceProjects(): TestProjectInlineConfiguration[] {
  // Against the embedded emulator every worker has one of its own, and a worker runs its files one
  // after another: the checks that need the account to themselves (*.serial.suite.ts) already have
  // it, and run with the rest, which spares the run the start of another worker at its end (one to
  // two seconds). Against any other target, and when recording fixtures, they run alone, last.
  const ownEmulators = ownsEmulators(targetConfigFromEnv());
  const conformance = {
    globalSetup: [`harness/global-setup.${EXT}`],
    setupFiles: [`harness/file-setup.${EXT}`],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The suites keep no state between files that matters (each file cleans up after itself), and
    // loading the SDK once per worker instead of once per file halves a run.
    isolate: false,
    // Worker threads, which start sooner and message vitest for less than child processes, except
    // where each worker holds both ends of its emulator's sockets: Node aborts the whole process
    // when a worker thread is terminated while one of its sockets is being read (a run stopped with
    // Ctrl-C did so once in four), while a child process that is killed takes only itself down.
    // There, one worker of either pool took the same time, within the noise of three runs each.
    pool: ownEmulators ? ('forks' as const) : ('threads' as const),
    // The SDK's notice about Node 20 is noise in every worker
    // (docs/decisions/0006-node-versions.md).
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  };
  return [
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
  ];
}
