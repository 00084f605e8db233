// MaxResults values outside the contract, labelled: below the minimum (0 most often), above the
// maximum (101 most often), a number that is not an integer but lies within the range (so only
// the type rule breaks), or another JSON type ("10" included).
import fc from 'fast-check';
import { integerRange } from '../contract/index.js';
import {
  branch,
  casesOf,
  once,
  pickBranches,
  type InvalidCase,
  type ReasonBranch,
  type Selection,
} from './internal/reasons.js';
import { shapeRequirement } from './internal/requirement-ids.js';
import { wrongJsonType } from './internal/wrong-json-type.js';
import type { Invalid } from './labels.js';
import { maxResults } from './max-results.js';

/** Every reason {@link invalidMaxResults} can draw, simplest first. */
export const INVALID_MAX_RESULTS_REASONS = [
  'below-minimum',
  'above-maximum',
  'not-an-integer',
  'wrong-type',
] as const;
/** Why an invalid maxResults is invalid (one of {@link INVALID_MAX_RESULTS_REASONS}). */
export type InvalidMaxResultsReason = (typeof INVALID_MAX_RESULTS_REASONS)[number];

/** Which invalid values to draw: by reason, or by the requirement they break. */
export type InvalidMaxResultsOptions = Selection<InvalidMaxResultsReason>;

type Label = Invalid<InvalidMaxResultsReason>;

const branches = once((): ReasonBranch<InvalidMaxResultsReason, Label>[] => {
  const { minimum, maximum } = integerRange('MaxResults');
  const range = shapeRequirement('MaxResults', 'range');
  const type = shapeRequirement('MaxResults', 'type');
  // Out-of-range values stay 32-bit: a server may fairly parse MaxResults as an int32.
  const below = fc.oneof(
    { withCrossShrink: true },
    { weight: 2, arbitrary: fc.constant(minimum - 1) },
    { weight: 1, arbitrary: fc.integer({ min: -(2 ** 31), max: minimum - 1 }) },
  );
  const above = fc.oneof(
    { withCrossShrink: true },
    { weight: 2, arbitrary: fc.constant(maximum + 1) },
    { weight: 1, arbitrary: fc.integer({ min: maximum + 1, max: 2 ** 31 - 1 }) },
  );
  const fraction = fc
    .tuple(fc.integer({ min: minimum, max: maximum - 1 }), fc.constantFrom(0.5, 0.25, 0.001))
    .map(([n, f]) => n + f);
  return [
    branch('below-minimum', range, 2, below),
    branch('above-maximum', range, 2, above),
    branch('not-an-integer', type, 1, fraction),
    branch('wrong-type', type, 1, wrongJsonType('integer', maxResults())),
  ];
});

/**
 * Values that are not valid as a MaxResults (MaxResults in the model, sent to ListConnections), each labelled
 * with the one requirement it was built to break ({@link Invalid}).
 *
 * @throws RangeError when the selection names a reason or requirement this arbitrary cannot break.
 */
export function invalidMaxResults(options: InvalidMaxResultsOptions = {}): fc.Arbitrary<Label> {
  return pickBranches('invalidMaxResults', branches(), options);
}

/** Each reason invalidMaxResults() draws, with the requirement it breaks. */
export function invalidMaxResultsCases(): InvalidCase<InvalidMaxResultsReason>[] {
  return casesOf(branches());
}
