// Valid MaxResults: integers in the MaxResults range from spec/, each end drawn about a quarter of
// the time.
import fc from 'fast-check';
import { integerRange, type MaxResults } from '../contract/index.js';

/** Options of {@link maxResults} (none yet). */
export type MaxResultsOptions = Record<string, never>;

/** Valid MaxResults: every value of its range, its bounds often. */
export function maxResults(_options: MaxResultsOptions = {}): fc.Arbitrary<MaxResults> {
  const { minimum, maximum } = integerRange('MaxResults');
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 1, arbitrary: fc.constant(minimum) },
    { weight: 2, arbitrary: fc.integer({ min: minimum, max: maximum }) },
    { weight: 1, arbitrary: fc.constant(maximum) },
  );
}
