import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withCasesAhead } from './concurrent-cases.js';

const params = (seed: number): fc.Parameters<[number]> => ({ seed, numRuns: 60 });

/** fast-check's verdict over `body`, sequentially or with the cases run ahead. */
async function verdict(seed: number, body: (n: number) => Promise<void>, concurrency: number) {
  const arbitrary = fc.integer({ min: 0, max: 1000 });
  const predicate = await withCasesAhead(arbitrary, params(seed), body, concurrency);
  return fc.check(fc.asyncProperty(arbitrary, predicate), params(seed));
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 1));

describe('withCasesAhead', () => {
  it('runs cases several at a time, and fast-check sees every case it draws', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const details = await verdict(
      7,
      async (n) => {
        inFlight += 1;
        most = Math.max(most, inFlight);
        await tick();
        seen.push(n);
        inFlight -= 1;
      },
      8,
    );
    expect(details.failed).toBe(false);
    expect(details.numRuns).toBe(60);
    expect(most).toBeGreaterThan(1);
    expect(most).toBeLessThanOrEqual(8);
    // Each drawn value ran once, ahead of its turn, and was not run again.
    expect(seen).toHaveLength(60);
  });

  it('fails on the same counterexample, after the same runs, as a sequential run', async () => {
    const body = async (n: number): Promise<void> => {
      await tick();
      if (n > 700) throw new Error(`too large: ${n}`);
    };
    for (const seed of [1, 2, 3]) {
      const sequential = await verdict(seed, body, 1);
      const ahead = await verdict(seed, body, 6);
      expect(ahead.failed).toBe(sequential.failed);
      expect(ahead.counterexample).toEqual(sequential.counterexample);
      expect(ahead.numRuns).toBe(sequential.numRuns);
      expect(ahead.counterexamplePath).toBe(sequential.counterexamplePath);
    }
  });

  it('keeps cases that fc.pre skips in step with fast-check', async () => {
    const body = async (n: number): Promise<void> => {
      await tick();
      fc.pre(n % 3 !== 0);
      if (n === 999) throw new Error('never drawn in these seeds');
    };
    const sequential = await verdict(11, body, 1);
    const ahead = await verdict(11, body, 4);
    expect(ahead.failed).toBe(sequential.failed);
    expect(ahead.numRuns).toBe(sequential.numRuns);
    expect(ahead.numSkips).toBe(sequential.numSkips);
  });

  it('runs a replay path alone: nothing ahead', async () => {
    let calls = 0;
    const arbitrary = fc.integer();
    const predicate = await withCasesAhead(
      arbitrary,
      { seed: 1, numRuns: 50, path: '3' },
      () => {
        calls += 1;
        return Promise.resolve();
      },
      8,
    );
    expect(calls).toBe(0);
    await predicate(1);
    expect(calls).toBe(1);
  });
});

describe('withCasesAhead, values drawn twice', () => {
  it('runs a repeated value ahead too, after its earlier draw, never both at once', async () => {
    const arbitrary = fc.integer({ min: 0, max: 3 });
    const running = new Set<number>();
    let overlapped = false;
    let calls = 0;
    const body = async (n: number): Promise<void> => {
      calls += 1;
      if (running.has(n)) overlapped = true;
      running.add(n);
      await tick();
      running.delete(n);
    };
    const settings = { seed: 5, numRuns: 40 };
    const predicate = await withCasesAhead(arbitrary, settings, body, 8);
    // Every case ran ahead, the repeats of each value one after another.
    expect(calls).toBe(40);
    const details = await fc.check(fc.asyncProperty(arbitrary, predicate), settings);
    expect(details.failed).toBe(false);
    expect(details.numRuns).toBe(40);
    expect(overlapped).toBe(false);
    // fast-check took each outcome as it was: no case ran again in its turn.
    expect(calls).toBe(40);
  });
});

describe('withCasesAhead, stopped', () => {
  it('starts no case ahead once its signal is aborted', async () => {
    const stop = new AbortController();
    let started = 0;
    const body = async (): Promise<void> => {
      started += 1;
      if (started === 3) stop.abort();
      await tick();
    };
    await withCasesAhead(fc.integer(), { seed: 1, numRuns: 50 }, body, 2, {
      signal: stop.signal,
    });
    // The third case aborts: the lane that holds it finishes it, and neither starts another (50
    // would have started without the signal).
    expect(started).toBe(3);
  });
});
