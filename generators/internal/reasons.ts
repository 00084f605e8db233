// Invalid arbitraries draw one reason at a time from a weighted list of branches, each of which
// states the requirement it breaks; callers narrow the list by reason or by requirement. Shrinking
// may cross over to the first branch, which each list makes the simplest one.
import fc from 'fast-check';
import type { RequirementId } from '../../contract/index.js';
import type { Invalid } from '../labels.js';
import { invalid } from './invalid-label.js';

export interface ReasonBranch<R extends string, T> {
  reason: R;
  /** The requirement every value of this branch breaks (its label's `requirement`). */
  breaks: RequirementId;
  weight: number;
  arbitrary: fc.Arbitrary<T>;
}

/** What else every value of a branch breaks: a list, or a function of the value where it varies. */
export interface BranchOptions<V> {
  implied?: readonly RequirementId[] | ((value: V) => readonly RequirementId[]);
}

/** A branch whose values are labelled with its own reason and requirement, stated once. */
export function branch<R extends string, V>(
  reason: R,
  breaks: RequirementId,
  weight: number,
  values: fc.Arbitrary<V>,
  { implied }: BranchOptions<V> = {},
): ReasonBranch<R, Invalid<R>> {
  const alsoBroken = typeof implied === 'function' ? implied : () => implied;
  return {
    reason,
    breaks,
    weight,
    arbitrary: values.map((v) => invalid(v, reason, breaks, alsoBroken(v))),
  };
}

/** Which reasons an invalid arbitrary draws; both filters apply when both are given. */
export interface Selection<R extends string> {
  /** Only these reasons (default: all). */
  reasons?: readonly R[];
  /** Only values that break one of these requirements (default: all). */
  breaks?: readonly string[];
}

/** What an invalid arbitrary can produce: each reason with the requirement it breaks. */
export interface InvalidCase<R extends string = string> {
  /** The reason, in the arbitrary's terms. */
  reason: R;
  /** The requirement every value drawn for this reason breaks. */
  breaks: RequirementId;
}

export function casesOf<R extends string>(
  all: readonly ReasonBranch<R, unknown>[],
): InvalidCase<R>[] {
  return all.map(({ reason, breaks }) => ({ reason, breaks }));
}

export function pickBranches<R extends string, T>(
  what: string,
  all: readonly ReasonBranch<R, T>[],
  { reasons, breaks }: Selection<R>,
): fc.Arbitrary<T> {
  const unknownReasons = (reasons ?? []).filter((r) => !all.some((b) => b.reason === r));
  const unknownBreaks = (breaks ?? []).filter((id) => !all.some((b) => b.breaks === id));
  if (unknownReasons.length > 0 || unknownBreaks.length > 0) {
    const named = [...unknownReasons, ...unknownBreaks].join(', ');
    throw new RangeError(`${what}: produces nothing for ${named} under the current spec`);
  }
  const chosen = all.filter(
    (b) =>
      (reasons === undefined || reasons.includes(b.reason)) &&
      (breaks === undefined || breaks.includes(b.breaks)),
  );
  if (chosen.length === 0) throw new RangeError(`${what}: the selection leaves no reason to draw`);
  return fc.oneof(
    { withCrossShrink: true },
    ...chosen.map((b) => ({ weight: b.weight, arbitrary: b.arbitrary })),
  );
}

/** Builds once, on first use: branches enumerate character sets, which takes milliseconds. */
export function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}
