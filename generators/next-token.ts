// NextToken values the shape accepts: 1..1024 code points, each end drawn about a quarter of the
// time. The service did not issue them, so a conforming target rejects them as forged
// (LIST-TOKEN-FORGED); they are shape-valid so that only the forgery is tested.
import type fc from 'fast-check';
import type { NextToken } from '../contract/index.js';
import { matchingString } from './internal/pattern-string.js';
import { stringShape } from './internal/string-shape.js';

/** Options of {@link nextToken}. */
export interface NextTokenOptions {
  /** Shortest length drawn (code points). */
  minLength?: number;
  /** Longest length drawn (code points). */
  maxLength?: number;
}

/** Strings the NextToken shape accepts; a target never issued them, so they test its refusal, not paging. */
export function nextToken(options: NextTokenOptions = {}): fc.Arbitrary<NextToken> {
  return matchingString(stringShape('NextToken'), options);
}
