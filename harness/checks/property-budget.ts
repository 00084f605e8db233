// How a property keeps to its time budget when some of its cases ran ahead of their turn
// (concurrent-cases.ts). fast-check's interruptAfterTimeLimit counts from the moment fc.check
// starts, so once the cases run ahead have spent the budget it would leave fast-check no time to
// take in their outcomes, which make no calls: every case verified ahead would go uncounted, and
// a property with none counted is reported by fast-check as failed. So no case starts in its turn
// past the deadline (withCasesAhead stops the run instead), fast-check's own limit is what the
// budget leaves plus a moment to take in the outcomes run ahead, and a run interrupted before any
// case failed is incomplete, never failed.
import type fc from 'fast-check';

/** Time fast-check gets beyond the budget to take in the outcomes of cases run ahead. */
export const AHEAD_OUTCOMES_MS = 1_000;

/** fast-check's time limit once `spentMs` of a `budgetMs` budget went on cases run ahead. */
export function remainingLimitMs(budgetMs: number, spentMs: number): number {
  return Math.max(0, budgetMs - spentMs) + AHEAD_OUTCOMES_MS;
}

/**
 * Whether a run fast-check calls failed ended for time before any case failed: fast-check marks a
 * run interrupted before its first success as failed, with no counterexample (and so no path).
 */
export function interruptedBeforeAnyFailure<Ts>(details: fc.RunDetails<Ts>): boolean {
  return details.interrupted && details.counterexamplePath === null;
}
