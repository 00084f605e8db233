// Two projects: `unit` tests this project's own code (derivation, generators, emulator, gate);
// `conformance` runs the suites in suites/ against the target named by the environment (see
// suites/support/target.ts), by default the reference emulator started in-process.
import { defineConfig } from 'vitest/config';
import { ensureSeed } from './config/property-runs.js';

// One seed for the whole run, inherited by every worker (see config/property-runs.ts).
ensureSeed();

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['**/*.test.ts'],
          exclude: ['node_modules/**', 'suites/**'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
