// The run's configuration as a vitest worker sees it: provided once by vitest.config.ts (see
// harness/run-config.ts). Only modules that run inside vitest workers import this.
import { inject } from 'vitest';
import type { RunConfig } from './run-config.js';

declare module 'vitest' {
  export interface ProvidedContext {
    runConfig: RunConfig;
  }
}

export const providedRunConfig = (): RunConfig => inject('runConfig');
