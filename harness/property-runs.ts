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

/** Calls a case makes, about: a create, a look at what it made, a delete, a listing. */
const CALLS_PER_CASE = 4;
/** Room over the estimate: a slow target is seldom an even one. */
const HEADROOM = 1.5;
/** However slow the target, a property's budget stops here: fewer --runs then finish. */
const MAX_BUDGET_MS = 20 * 60_000;

/**
 * Milliseconds a property may spend on its cases, shrinking included, before it stops with what it
 * verified: the run's budget if it names one (--property-budget-ms); else two thirds of its test's
 * timeout, or, against a target slow enough to need more, its cases' calls at the measured round
 * trip (one after another, with room to spare), at most 20 minutes.
 */
export function propertyBudgetMs(
  timeoutMs: number,
  cases: number,
  settings: PropertySettings = propertySettings(),
): number {
  if (settings.budgetMs !== undefined) return settings.budgetMs;
  const floor = Math.round((timeoutMs * 2) / 3);
  const sized = Math.round(cases * CALLS_PER_CASE * (settings.callMs ?? 0) * HEADROOM);
  return Math.max(floor, Math.min(sized, MAX_BUDGET_MS));
}

/**
 * The test's timeout for a property with that budget: the third beyond it is for narrowing the
 * blame and for cleanup, so the budget, not vitest's timeout, is what ends a slow property.
 */
export const propertyTimeoutMs = (timeoutMs: number, budgetMs: number): number =>
  Math.max(timeoutMs, Math.round((budgetMs * 3) / 2));
