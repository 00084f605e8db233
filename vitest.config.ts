// Projects:
// - `unit`, `integration` and `gate` test this project's own code, in layers a file's name
//   chooses (CONTRIBUTING.md): `*.int.test.ts` starts servers or commands, `*.gate.test.ts` runs
//   whole gate runs (mutation score, negative sets, live rehearsals), any other `*.test.ts` is
//   pure and runs in the unit layer;
// - `conformance` and `conformance-serial` run the suites in suites/ against a target
//   (harness/conformance-projects.ts).
import { defineConfig } from 'vitest/config';
import { conformanceProjects } from './harness/conformance-projects.js';
import { runConfigFromEnv } from './harness/run-config.js';

// The run's configuration, built once (here, with a fresh seed, for a bare `vitest run`) and
// provided to every worker of every project: one seed for the whole run (harness/run-config.ts).
const runConfig = runConfigFromEnv();

const INTEGRATION = '**/*.int.test.ts';
const GATE = '**/*.gate.test.ts';

const ownTests = {
  provide: { runConfig },
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
    // Transformed modules are kept on disk (docs/decisions/0004-module-cache.md).
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
      ...conformanceProjects(runConfig),
    ],
  },
});
