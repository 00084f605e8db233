// Projects:
// - `unit`, `integration` and `gate` test this project's own code, in layers a file's name
//   chooses (CONTRIBUTING.md): `*.int.test.ts` starts servers or commands, `*.gate.test.ts` runs
//   whole gate runs (mutation score, negative sets, live rehearsals), any other `*.test.ts` is
//   pure and runs in the unit layer;
// - `conformance` and `conformance-serial` run the suites in suites/ against a target
//   (harness/conformance-projects.ts).
import { defineConfig } from 'vitest/config';
import { ensureSeed } from './harness/property-runs.js';
import { conformanceProjects } from './harness/conformance-projects.js';

// One seed for the whole run, inherited by every worker (see harness/property-runs.ts).
ensureSeed();

const INTEGRATION = '**/*.int.test.ts';
const GATE = '**/*.gate.test.ts';

const ownTests = {
  exclude: ['node_modules/**', 'dist/**'],
  testTimeout: 30_000,
  // Scripts the tests start inherit this: the SDK's notice about Node 20 is noise there.
  env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  // The workflow parser imports JSON without an import attribute, which Node's own loader
  // refuses; letting Vite transform it makes the import work.
  server: { deps: { inline: ['@actions/workflow-parser'] } },
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
          ...ownTests,
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: [...ownTests.exclude, INTEGRATION, GATE],
        },
      },
      { test: { ...ownTests, name: 'integration', include: [INTEGRATION] } },
      { test: { ...ownTests, name: 'gate', include: [GATE] } },
      ...conformanceProjects(),
    ],
  },
});
