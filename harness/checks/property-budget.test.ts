import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCasesAhead } from './concurrent-cases.js';
import { interruptedBeforeAnyFailure, remainingLimitMs } from './property-budget.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const arbitrary = fc.integer({ min: 0, max: 1_000_000 });

/** A property over `body` with a budget of `budgetMs`, cases run ahead `concurrency` at a time. */
async function withinBudget(budgetMs: number, body: (n: number) => Promise<void>, concurrency = 4) {
  const params: fc.Parameters<[number]> = { seed: 3, numRuns: 100, markInterruptAsFailure: false };
  const from = Date.now();
  const predicate = await withCasesAhead(arbitrary, params, body, concurrency, {
    deadline: from + budgetMs,
  });
  params.interruptAfterTimeLimit = remainingLimitMs(budgetMs, Date.now() - from);
  return fc.check(fc.asyncProperty(arbitrary, predicate), params);
}

describe('a property budget spent by cases run ahead', () => {
  it('counts every case verified ahead, and ends interrupted, not failed', async () => {
    let passed = 0;
    const details = await withinBudget(150, async () => {
      await sleep(25);
      passed += 1;
    });
    expect(passed).toBeGreaterThan(0);
    expect(passed).toBeLessThan(100);
    expect(details.interrupted).toBe(true);
    expect(details.failed).toBe(false);
    expect(details.numRuns).toBe(passed);
  });

  it('starts no case in its turn once the budget is spent', async () => {
    let started = 0;
    await withinBudget(
      100,
      async () => {
        started += 1;
        await sleep(30);
      },
      1,
    );
    // One at a time, 30 ms each: at most the cases that started within 100 ms.
    expect(started).toBeLessThanOrEqual(4);
  });

  it('keeps a failure found within the budget', async () => {
    const details = await withinBudget(2_000, async (n) => {
      await sleep(1);
      if (n > 500_000) throw new Error('too big');
    });
    expect(details.failed).toBe(true);
    expect(interruptedBeforeAnyFailure(details)).toBe(false);
  });
});

describe('interruptedBeforeAnyFailure', () => {
  it('tells a run stopped before its first case from a failed one', async () => {
    // fast-check marks a run interrupted before its first success as failed.
    const stopped = await fc.check(
      fc.asyncProperty(arbitrary, () => Promise.reject(new fc.PreconditionFailure(true))),
      { seed: 1, markInterruptAsFailure: false },
    );
    expect(stopped.failed).toBe(true);
    expect(interruptedBeforeAnyFailure(stopped)).toBe(true);

    const failed = await fc.check(
      fc.asyncProperty(arbitrary, () => Promise.reject(new Error('no'))),
      { seed: 1, interruptAfterTimeLimit: 60_000 },
    );
    expect(interruptedBeforeAnyFailure(failed)).toBe(false);
  });
});
