// One page of a creation-ordered array, starting after a cursor. A binary search finds the start,
// so a page costs O(log n + page) however many connections are stored.
import type { StoredConnection } from './connection.js';

export type Direction = 'oldest-first' | 'newest-first';

/** Index of the first item whose seq is >= value (items ascend by seq). */
function firstIndexAtLeast(items: readonly StoredConnection[], value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((items[mid]?.seq ?? Infinity) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Up to `count` live items strictly after `cursor` in `direction` (seqs are integers, so "after"
 * is seq >= cursor + 1 going up and seq <= cursor - 1 going down); no cursor starts at the start.
 */
export function orderedPage(
  items: readonly StoredConnection[],
  cursor: number | undefined,
  count: number,
  direction: Direction,
): StoredConnection[] {
  const up = direction === 'oldest-first';
  const step = up ? 1 : -1;
  let i = up
    ? firstIndexAtLeast(items, (cursor ?? 0) + 1)
    : firstIndexAtLeast(items, cursor ?? Infinity) - 1;
  const page: StoredConnection[] = [];
  for (; page.length < count; i += step) {
    const item = items[i];
    if (item === undefined) break;
    if (!item.removed) page.push(item);
  }
  return page;
}
