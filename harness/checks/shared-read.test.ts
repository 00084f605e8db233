import { describe, expect, it } from 'vitest';
import { sharedRead } from './shared-read.js';

/** A read of a counter that `write` bumps, taking `ms`: what it saw, and when it started. */
function slowCounter(ms: number) {
  let value = 0;
  let reads = 0;
  const read = async (): Promise<number> => {
    reads += 1;
    const seen = value;
    await new Promise((r) => setTimeout(r, ms));
    return seen;
  };
  return { read, write: () => ++value, reads: () => reads };
}

describe('sharedRead', () => {
  it('serves every caller with a read that started after its call', async () => {
    const counter = slowCounter(20);
    const shared = sharedRead(counter.read);
    const answers = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        await new Promise((r) => setTimeout(r, i * 3));
        const wrote = counter.write();
        return { wrote, saw: await shared() };
      }),
    );
    // Each read saw at least the write its caller made before asking.
    for (const { wrote, saw } of answers) expect(saw).toBeGreaterThanOrEqual(wrote);
    expect(counter.reads()).toBeLessThan(8);
  });

  it('makes one read a call when calls come one at a time', async () => {
    const counter = slowCounter(1);
    const shared = sharedRead(counter.read);
    for (let i = 1; i <= 3; i += 1) {
      counter.write();
      expect(await shared()).toBe(i);
    }
    expect(counter.reads()).toBe(3);
  });

  it('hands a failed read to the callers that shared it, and reads again after', async () => {
    let reads = 0;
    const shared = sharedRead(async () => {
      reads += 1;
      const first = reads === 1;
      await new Promise((r) => setTimeout(r, 5));
      if (first) throw new Error('no answer');
      return 'ok';
    });
    const first = shared();
    const [a, b] = await Promise.allSettled([first, shared(), shared()]);
    expect(a.status).toBe('rejected');
    // The later callers shared the read after the failed one.
    expect(b).toEqual({ status: 'fulfilled', value: 'ok' });
    expect(reads).toBe(2);
    await expect(shared()).resolves.toBe('ok');
  });
});
