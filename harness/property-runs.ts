// The one place property runs take their seed and size from: the run's configuration, which
// whoever starts the run builds once (harness/run-config.ts), so a whole run replays from one
// number.
import type { Parameters } from 'fast-check';
import { providedRunConfig } from './provided-run-config.js';
import { PROPERTY_VARIABLES, type PropertySettings } from './run-config.js';

export const propertySettings = (): PropertySettings => providedRunConfig().properties;
export const propertySeed = (): number => propertySettings().seed;
export const propertyRuns = (): number => propertySettings().runs;

/** fast-check parameters for a property: the run's seed and size, and a replay path if set. */
export function propertyParameters<T>(
  overrides: Parameters<T> = {},
  settings: PropertySettings = propertySettings(),
): Parameters<T> {
  return {
    seed: settings.seed,
    numRuns: settings.runs,
    ...(!settings.shrink && { endOnFailure: true }),
    ...(settings.path && { path: settings.path, endOnFailure: true }),
    ...overrides,
  };
}

/** The one-line command that replays a failed property of the project's own tests. */
export function replayCommand(testFile: string, testName: string, path?: string): string {
  const pathPart = path ? ` ${PROPERTY_VARIABLES.path}='${path}'` : '';
  return `${PROPERTY_VARIABLES.seed}=${propertySeed()}${pathPart} npx vitest run ${testFile} -t '${testName.replace(/'/g, "'\\''")}'`;
}
