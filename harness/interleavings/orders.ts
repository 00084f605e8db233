// The states a group of tag calls may leave a connection in: one per order the calls could have
// taken effect in, and, for a call whose outcome is unknown (a 5xx answer), with and without it.
import type { Tag } from '@aws-sdk/client-apprunner';

export type TagCall =
  { kind: 'tag'; tags: { Key: string; Value: string }[] } | { kind: 'untag'; keys: string[] };

export type TagState = ReadonlyMap<string, string | undefined>;

/** `state` after `call` took effect. */
export function applied(state: TagState, call: TagCall): Map<string, string | undefined> {
  const next = new Map(state);
  if (call.kind === 'tag') for (const t of call.tags) next.set(t.Key, t.Value);
  else for (const key of call.keys) next.delete(key);
  return next;
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) {
    yield [...items];
    return;
  }
  for (const [i, first] of items.entries())
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)]))
      yield [first, ...rest];
}

/** Every state `calls` may end in from `start`: `maybe` calls may or may not have taken effect. */
export function reachableStates(
  start: TagState,
  calls: readonly TagCall[],
  maybe: readonly TagCall[] = [],
): TagState[] {
  const states: TagState[] = [];
  for (let mask = 0; mask < 1 << maybe.length; mask++) {
    const effective = [...calls, ...maybe.filter((_, i) => (mask >> i) & 1)];
    for (const order of permutations(effective)) states.push(order.reduce(applied, start));
  }
  return states;
}

export function sameTags(a: TagState, b: TagState): boolean {
  return a.size === b.size && [...a].every(([k, v]) => b.has(k) && b.get(k) === v);
}

export interface KeyDifference {
  key: string;
  kind: 'missing' | 'other value of' | 'extra';
}

/** The keys `listed` has other than `state` says: missing, with another value, or extra. */
export function keyDifferences(listed: TagState, state: TagState): KeyDifference[] {
  return [
    ...[...state.keys()]
      .filter((key) => !listed.has(key))
      .map((key) => ({ key, kind: 'missing' as const })),
    ...[...state]
      .filter(([key, value]) => listed.has(key) && listed.get(key) !== value)
      .map(([key]) => ({ key, kind: 'other value of' as const })),
    ...[...listed.keys()]
      .filter((key) => !state.has(key))
      .map((key) => ({ key, kind: 'extra' as const })),
  ];
}

/** How `listed` differs from `state`, for a failure message. */
export const differences = (listed: TagState, state: TagState): string[] =>
  keyDifferences(listed, state).map(
    (d) => `${d.kind} ${JSON.stringify([...d.key].slice(0, 40).join(''))}`,
  );

export const tagState = (tags: readonly Tag[]): TagState =>
  new Map(tags.map((t) => [String(t.Key), t.Value]));
