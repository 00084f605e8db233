import { describe, expect, it } from 'vitest';
import { forEachAtMost } from './at-most.js';

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 2));

describe('forEachAtMost', () => {
  it('keeps at most the limit in hand, and does every item', async () => {
    let inHand = 0;
    let most = 0;
    const done: number[] = [];
    await forEachAtMost([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      inHand += 1;
      most = Math.max(most, inHand);
      await tick();
      done.push(n);
      inHand -= 1;
    });
    expect(most).toBe(3);
    expect(done.sort()).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });

  it('does one after another at a limit of 1', async () => {
    const order: string[] = [];
    await forEachAtMost(['a', 'b'], 1, async (s) => {
      order.push(`start ${s}`);
      await tick();
      order.push(`end ${s}`);
    });
    expect(order).toEqual(['start a', 'end a', 'start b', 'end b']);
  });

  it('finishes every item, then rejects with the first failure in item order', async () => {
    const done: number[] = [];
    const run = forEachAtMost([1, 2, 3], 3, async (n) => {
      await new Promise((r) => setTimeout(r, 10 - n * 3));
      done.push(n);
      if (n > 1) throw new Error(`item ${n}`);
    });
    await expect(run).rejects.toThrow('item 2');
    expect(done).toHaveLength(3);
  });
});
