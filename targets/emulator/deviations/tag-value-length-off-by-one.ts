// `> max + 1` where `> max` was meant: a tag value one code point too long is accepted.
import { stringConstraint } from '../../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { valueAt } from './value-at.js';

const MAX = stringConstraint('TagValue').maxLength;
const RULE = 'shape.TagValue.length';

export const tagValueLengthOffByOne: Deviation = {
  name: 'tag-value-length-off-by-one',
  breaks: RULE,
  description: `Tag values of ${MAX + 1} code points are accepted (the limit is ${MAX}).`,
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => {
        if (v.requirement !== RULE || v.keyword !== 'maxLength') return true;
        const value = valueAt(input, v.instancePath);
        return !(typeof value === 'string' && [...value].length === MAX + 1);
      }),
  }),
};
