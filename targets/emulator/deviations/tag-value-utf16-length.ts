// String#length counts UTF-16 code units; the model's lengths are code points. A value of 256
// astral characters (512 units) is rejected though the model allows it.
import { stringConstraint, type Violation } from '../../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

const MAX = stringConstraint('TagValue').maxLength;
const RULE = 'shape.TagValue.length';

/** The first tag whose Value is too long in UTF-16 units, as a validator would report it. */
function utf16Violation(input: unknown): Violation | undefined {
  const tags = (input as { Tags?: unknown }).Tags;
  if (!Array.isArray(tags)) return undefined;
  const index = tags.findIndex((t: unknown) => {
    const value = (t as { Value?: unknown } | null)?.Value;
    return typeof value === 'string' && value.length > MAX;
  });
  if (index < 0) return undefined;
  const instancePath = `/Tags/${index}/Value`;
  const message = `${instancePath} must NOT have more than ${MAX} characters`;
  return { requirement: RULE, instancePath, keyword: 'maxLength', message };
}

export const tagValueUtf16Length: Deviation = {
  name: 'tag-value-utf16-length',
  breaks: RULE,
  description: `TagValue length is counted in UTF-16 units: ${MAX} emoji are rejected.`,
  hooks: (base) => ({
    inputViolations: (schema, input) => {
      const found = base.inputViolations(schema, input);
      const extra = found.length === 0 ? utf16Violation(input) : undefined;
      return extra ? [extra] : found;
    },
  }),
};
