// String#length counts UTF-16 code units; the model's lengths are code points. A tag member of
// the maximum length in astral characters is refused though the model allows it.
import { stringConstraint, type RequirementId, type Violation } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

export function utf16Length(name: string, member: 'Key' | 'Value'): Deviation {
  const shape = member === 'Key' ? 'TagKey' : 'TagValue';
  const max = stringConstraint(shape).maxLength;
  const rule: RequirementId = `shape.${shape}.length`;
  const violation = (input: unknown): Violation | undefined => {
    const tags = (input as { Tags?: unknown } | null)?.Tags;
    if (!Array.isArray(tags)) return undefined;
    const index = tags.findIndex((t: unknown) => {
      const value = (t as Record<string, unknown> | null)?.[member];
      return typeof value === 'string' && value.length > max;
    });
    if (index < 0) return undefined;
    const instancePath = `/Tags/${index}/${member}`;
    return {
      requirement: rule,
      instancePath,
      keyword: 'maxLength',
      message: `${instancePath} must NOT have more than ${max} characters`,
    };
  };
  return {
    name,
    breaks: rule,
    description: `${shape} length is counted in UTF-16 units: ${max} emoji are refused.`,
    hooks: (base) => ({
      inputViolations: (schema, input) => {
        const found = base.inputViolations(schema, input);
        const extra = found.length === 0 ? violation(input) : undefined;
        return extra ? [extra] : found;
      },
    }),
  };
}
