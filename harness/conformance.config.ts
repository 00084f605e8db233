// The vitest configuration the conformance command runs the suites with (verdicts/run-conformance.ts),
// in a checkout and in the installed package alike; the root is the project's (or dist/).
import { defineConfig } from 'vitest/config';
import { conformanceProjects, FROM_SOURCES } from './conformance-projects.js';
import { runConfigFromEnv } from './run-config.js';

export default defineConfig({
  test: {
    // See vitest.config.ts; an installed package is not written to.
    experimental: { fsModuleCache: FROM_SOURCES },
    // The run's configuration, as the process that started the run built it (harness/run-config.ts).
    projects: conformanceProjects(runConfigFromEnv()),
  },
});
