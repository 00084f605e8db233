// Work over a list with at most `limit` items in hand at once, in the list's order of starting.
// For calls that may overlap (creates of distinct names, deletes of what a file made) but must
// not all be in flight at once: a live run allows one (a stop then leaves at most one create).

/** `fn` for every item, at most `limit` at a time; rejects with the first failure in item order. */
export async function forEachAtMost<T>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  const results: PromiseSettledResult<void>[] = [];
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T).then(
        (): PromiseSettledResult<void> => ({ status: 'fulfilled', value: undefined }),
        (reason: unknown): PromiseSettledResult<void> => ({ status: 'rejected', reason }),
      );
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
