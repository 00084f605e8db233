// The one place property runs take their seed and size from: the run's configuration, which
// whoever starts the run builds once (harness/run-config.ts), so a whole run replays from one
// number.
import type { Parameters } from 'fast-check';
import { providedRunConfig } from './provided-run-config.js';
import type { PropertySettings } from './run-config.js';

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

/**
 * Milliseconds a property may spend on its cases, shrinking included, before it stops with what it
 * verified: the run's budget if it names one (--property-budget-ms), else two thirds of its test's
 * timeout (the rest left for narrowing and cleanup).
 */
export function propertyBudgetMs(timeoutMs: number): number {
  return propertySettings().budgetMs ?? Math.round((timeoutMs * 2) / 3);
}
