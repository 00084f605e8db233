// Valid connection names, built from the ConnectionName constraints in spec/: every length the
// shape accepts, with the shortest and longest each drawn about a third of the time, and every
// character class of the pattern (lower, upper, digits, '-' and '_') drawn equally often in every
// position where the pattern allows it.
import type fc from 'fast-check';
import type { ConnectionName } from '../contract/index.js';
import { matchingString } from './internal/pattern-string.js';
import { stringShape } from './internal/string-shape.js';

/** Options of {@link connectionName}. */
export interface ConnectionNameOptions {
  /**
   * Every name starts with this (it must be a valid start of a name), so that a run can find the
   * connections it made. The shortest names are then max(4, prefix length) long.
   */
  prefix?: string;
  /** Narrow the lengths drawn (code points); must stay within what ConnectionName accepts. */
  minLength?: number;
  /** Longest length drawn (code points). */
  maxLength?: number;
}

/**
 * Valid connection names: every length ConnectionName accepts, the shortest and the longest each
 * about a third of the time, and every character class of the pattern in every position.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { connectionName } from 'apprunner-connection-conformance/generators';
 *
 * fc.assert(
 *   fc.property(connectionName({ prefix: 'run1-' }), (name) => /^run1-[A-Za-z0-9_-]*$/.test(name)),
 * );
 * ```
 */
export function connectionName({
  prefix,
  ...lengths
}: ConnectionNameOptions = {}): fc.Arbitrary<ConnectionName> {
  return matchingString(stringShape('ConnectionName'), { ...lengths, prefix });
}
