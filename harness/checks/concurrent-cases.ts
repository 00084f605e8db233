// Cases of a property whose cases are independent, run several at a time. Against an endpoint a
// case mostly waits on the network, and fast-check runs the cases of an async property one after
// another; so the cases fast-check is about to draw (fc.sample draws the same values from the same
// seed) are run beforehand, `concurrency` at a time, and the property then takes each outcome as
// it reaches that case. The verdict stays fast-check's: a case whose value differs from the one
// run beforehand, every case after one that failed, and all of shrinking run as they come, and a
// replay path runs its one case alone. So the seed and path reproduce a case exactly as before.
import fc from 'fast-check';
import type { Exchange } from '../exchange-log.js';
import { inScope } from '../exchange-scope.js';

interface Outcome<T> {
  value: T;
  /** What the case threw, if it failed. */
  error?: unknown;
}

export interface AheadLimits {
  /** Epoch milliseconds after which no case starts ahead of its turn. */
  deadline?: number;
  /** Once aborted (the run stopped, the test timed out), no case starts ahead of its turn. */
  signal?: AbortSignal;
}

/** The exchanges of a case that failed beforehand, by the error it threw. */
export const exchangesOfFailedCase = new WeakMap<object, Exchange[]>();

async function runAhead<T>(
  values: readonly T[],
  body: (value: T) => Promise<void>,
  concurrency: number,
  { deadline = Number.POSITIVE_INFINITY, signal }: AheadLimits,
): Promise<Outcome<T>[]> {
  const outcomes: Outcome<T>[] = [];
  // A value drawn again runs after its earlier draw has finished, never at the same time (a name
  // created twice at once would refuse one of them), as it would without running ahead. Some
  // invalid inputs have few values (a third of a tag key property's draws are repeats), and run
  // in their turn, one after another, they took most of a file's time behind a slow network.
  const earlier = new Map<string, Promise<void>>();
  let next = 0;
  let failed = false;
  const lane = async (): Promise<void> => {
    // After a failure fast-check stops at it and shrinks: later cases would be calls for nothing.
    // Past the deadline the rest run in their turn, within what is left of the time budget.
    // A stopped run starts no more (the cases in flight finish).
    while (!failed && next < values.length && Date.now() < deadline && !signal?.aborted) {
      const index = next++;
      const value = values[index] as T;
      const key = fc.stringify(value);
      const before = earlier.get(key);
      let done = (): void => undefined;
      earlier.set(key, new Promise((resolve) => (done = resolve)));
      try {
        await before;
        if (failed || signal?.aborted || Date.now() >= deadline) continue;
        await runOne(index, value);
      } finally {
        done();
      }
    }
  };
  const runOne = async (index: number, value: T): Promise<void> => {
    const exchanges: Exchange[] = [];
    try {
      await inScope(exchanges, () => body(value));
      outcomes[index] = { value };
    } catch (error) {
      // A case fc.pre skipped is no failure: fast-check draws the next value, as sample did.
      if (!fc.PreconditionFailure.isFailure(error)) failed = true;
      if (typeof error === 'object' && error !== null) exchangesOfFailedCase.set(error, exchanges);
      outcomes[index] = { value, error };
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, values.length) }, lane));
  return outcomes;
}

/**
 * `body` as the property's predicate, with the cases fast-check will draw first run
 * `concurrency` at a time. Only for bodies that hold whatever else runs at the same time.
 *
 * Past the deadline no case starts in its turn: while outcomes run ahead remain to be taken in,
 * such a case (one the lanes did not reach) is skipped; after them the run is interrupted, as fast-check's
 * own time limit would (property-budget.ts gives fast-check the time to take them in).
 */
export async function withCasesAhead<T>(
  arbitrary: fc.Arbitrary<T>,
  params: fc.Parameters<[T]>,
  body: (value: T) => Promise<void>,
  concurrency: number,
  limits: AheadLimits = {},
): Promise<(value: T) => Promise<void>> {
  const deadline = limits.deadline ?? Number.POSITIVE_INFINITY;
  if (concurrency <= 1 || params.path !== undefined) {
    return (value) => {
      if (Date.now() >= deadline) throw new fc.PreconditionFailure(true);
      return body(value);
    };
  }
  const values = fc.sample(arbitrary, { seed: params.seed, numRuns: params.numRuns ?? 100 });
  const outcomes = await runAhead(values, body, concurrency, limits);
  let reached = 0;
  let aligned = true;
  return async (value) => {
    const outcome = aligned ? outcomes[reached++] : undefined;
    if (outcome && fc.stringify(outcome.value) === fc.stringify(value)) {
      if ('error' in outcome) {
        // After a failure fast-check shrinks: those cases run as they come.
        if (!fc.PreconditionFailure.isFailure(outcome.error)) aligned = false;
        throw outcome.error;
      }
      return;
    }
    // A value other than the one run ahead: fast-check went its own way, which the rest follow.
    // (No outcome at all, a case not reached ahead, keeps the cases in step.)
    if (outcome) aligned = false;
    if (Date.now() >= deadline)
      throw new fc.PreconditionFailure(!aligned || reached >= outcomes.length);
    await body(value);
  };
}
