// Holds an invalid value's label to the generated validator: the value must fail, every
// violation must sit at the member the label names, and the requirements broken must be exactly
// the label's requirement and its implied ones, no more and no fewer.
import { violations, type RequirementId, type Violation } from '../../contract/index.js';
import type { Invalid } from '../../generators/labels.js';
import type { Placement } from './placements.js';

const show = (v: Violation) =>
  `${v.instancePath || '(message)'} ${v.keyword} -> ${v.requirement ?? 'null'}`;

/** Why `label` does not describe what the validator finds, or undefined when it does exactly. */
export function labelMismatch(placement: Placement, label: Invalid): string | undefined {
  const found = violations(placement.schema, placement.message(label.value));
  if (found.length === 0) return `the value passes ${placement.schema}`;
  const where = placement.at + label.path;
  const elsewhere = found.filter((v) => v.instancePath !== where);
  if (elsewhere.length > 0)
    return `violations outside ${where || '(message)'}: ${elsewhere.map(show).join('; ')}`;
  const expected = new Set<RequirementId | null>([label.requirement, ...label.implied]);
  const broken = new Set(found.map((v) => v.requirement));
  const same = expected.size === broken.size && [...expected].every((id) => broken.has(id));
  if (!same)
    return `breaks ${[...broken].join(', ')} but labelled ${[...expected].join(', ')} (${found.map(show).join('; ')})`;
  const kind = label.requirement.endsWith('.type') ? 'malformed' : 'constraint';
  if (label.kind !== kind) return `kind ${label.kind} for ${label.requirement}`;
  return undefined;
}
