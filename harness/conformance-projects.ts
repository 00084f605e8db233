// The vitest projects that run the suites: `conformance` runs suites/ against the target of the
// run's configuration (harness/run-config.ts), by default the reference emulator, which each
// worker starts for itself (harness/embedded-settings.ts); `conformance-serial` runs the checks
// that touch account-wide state (the quota) alone, after everything else, unless each worker has
// an emulator of its own (below). Shared by the repository's vitest.config.ts and by
// harness/conformance.config.ts, the configuration the conformance command starts vitest with,
// from the sources or from the compiled package.
import { fileURLToPath } from 'node:url';
import type { TestProjectInlineConfiguration } from 'vitest/config';
import type { RunConfig } from './run-config.js';
import { ownsEmulators } from './target-config.js';

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

/** The projects of a run, with its configuration provided to every worker. */
export function conformanceProjects(runConfig: RunConfig): TestProjectInlineConfiguration[] {
  // Against the embedded emulator every worker has one of its own and the serial files run with
  // the rest; against any other target, and when recording fixtures, they run alone, last
  // (docs/decisions/0002-worker-pool.md).
  const ownEmulators = ownsEmulators(runConfig.target);
  const conformance = {
    provide: { runConfig },
    setupFiles: [`harness/file-setup.${EXT}`],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // One worker runs its files one after another, loading the SDK once, in child processes where
    // it holds both ends of its emulator's sockets (docs/decisions/0002-worker-pool.md).
    isolate: false,
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
