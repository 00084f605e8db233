// Builds labels so that `kind` always follows from the rule broken: a type rule means the body is
// malformed (WIRE-MALFORMED-4XX), any other rule is a constraint (CONN-INVALID-REJECTED).
import type { RequirementId } from '../../contract/index.js';
import type { Invalid } from '../labels.js';

export function invalid<R extends string>(
  value: unknown,
  reason: R,
  requirement: RequirementId,
  implied: readonly RequirementId[] = [],
  path = '',
): Invalid<R> {
  return {
    value,
    reason,
    requirement,
    implied,
    path,
    kind: requirement.endsWith('.type') ? 'malformed' : 'constraint',
  };
}

/** The same label for a value placed at `prefix` inside a larger message. */
export function nestedAt<R extends string>(
  prefix: string,
  label: Invalid<R>,
  value: unknown,
): Invalid<R> {
  return { ...label, value, path: prefix + label.path };
}
