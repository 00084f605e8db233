// String#length counts UTF-16 code units; the model's lengths are code points. A key of 128
// astral characters (256 units) is refused though the model allows it.
import { stringConstraint, type Violation } from '../../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

const MAX = stringConstraint('TagKey').maxLength;
const RULE = 'shape.TagKey.length';

function utf16Violation(input: unknown): Violation | undefined {
  const tags = (input as { Tags?: unknown } | null)?.Tags;
  if (!Array.isArray(tags)) return undefined;
  const index = tags.findIndex((t: unknown) => {
    const key = (t as { Key?: unknown } | null)?.Key;
    return typeof key === 'string' && key.length > MAX;
  });
  if (index < 0) return undefined;
  const instancePath = `/Tags/${index}/Key`;
  return {
    requirement: RULE,
    instancePath,
    keyword: 'maxLength',
    message: `${instancePath} must NOT have more than ${MAX} characters`,
  };
}

export const tagKeyUtf16Length: Deviation = {
  name: 'tag-key-utf16-length',
  breaks: RULE,
  description: `TagKey length is counted in UTF-16 units: ${MAX} emoji are refused.`,
  hooks: (base) => ({
    inputViolations: (schema, input) => {
      const found = base.inputViolations(schema, input);
      const extra = found.length === 0 ? utf16Violation(input) : undefined;
      return extra ? [extra] : found;
    },
  }),
};
