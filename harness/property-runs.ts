// The one place property runs take their seed and size from. The seed is chosen once per run by
// whoever starts it (vitest.config.ts or the conformance command) and passed to every worker
// through CONFORMANCE_SEED, so a whole run replays from one number.
import type { Parameters } from 'fast-check';

export const SEED_VARIABLE = 'CONFORMANCE_SEED';
export const RUNS_VARIABLE = 'CONFORMANCE_RUNS';
/** A fast-check replay path: with the seed, it replays exactly one failing case. */
export const PATH_VARIABLE = 'CONFORMANCE_PATH';
/**
 * 'false' makes a failing property stop at its first counterexample instead of shrinking it. The
 * negative fixture sets are recorded so (and replayed so, from their provenance): what they prove
 * is that a check fails, and shrinking an astral tag key of 128 code points takes thousands of
 * calls.
 */
export const SHRINK_VARIABLE = 'CONFORMANCE_SHRINK';
export const DEFAULT_RUNS = 100;
/**
 * Milliseconds a property may spend on its cases, shrinking included, before it stops with what
 * it verified (default: two thirds of its test's timeout, the rest left for narrowing and cleanup).
 */
export const BUDGET_VARIABLE = 'CONFORMANCE_PROPERTY_BUDGET_MS';

function integerFromEnv(name: string, fallback: () => number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback();
  const n = Number(raw);
  if (!Number.isSafeInteger(n)) throw new Error(`${name} must be an integer, got "${raw}"`);
  return n;
}

/** Sets CONFORMANCE_SEED for this process and its children unless already set; returns it. */
export function ensureSeed(): number {
  const seed = integerFromEnv(SEED_VARIABLE, () => (Math.random() * 2 ** 31) | 0);
  process.env[SEED_VARIABLE] = String(seed);
  return seed;
}

export function propertySeed(): number {
  return integerFromEnv(SEED_VARIABLE, () => 42);
}

export function propertyRuns(): number {
  return integerFromEnv(RUNS_VARIABLE, () => DEFAULT_RUNS);
}

/** Whether failing properties shrink their counterexample (they do unless switched off). */
export const propertyShrinks = (): boolean => process.env[SHRINK_VARIABLE] !== 'false';

/** fast-check parameters for a property: the run's seed and size, and a replay path if set. */
export function propertyParameters<T>(overrides: Parameters<T> = {}): Parameters<T> {
  const path = process.env[PATH_VARIABLE];
  return {
    seed: propertySeed(),
    numRuns: propertyRuns(),
    ...(!propertyShrinks() && { endOnFailure: true }),
    ...(path && { path, endOnFailure: true }),
    ...overrides,
  };
}

/** The time budget of a property whose test may take `timeoutMs`. */
export function propertyBudgetMs(timeoutMs: number): number {
  return integerFromEnv(BUDGET_VARIABLE, () => Math.round((timeoutMs * 2) / 3));
}
