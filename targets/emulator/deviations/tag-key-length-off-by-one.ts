// `> max + 1` where `> max` was meant: a key one code point too long is accepted.
import { stringConstraint } from '../../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { valueAt } from './value-at.js';

const MAX = stringConstraint('TagKey').maxLength;
const RULE = 'shape.TagKey.length';

export const tagKeyLengthOffByOne: Deviation = {
  name: 'tag-key-length-off-by-one',
  breaks: RULE,
  description: `Tag keys of ${MAX + 1} code points are accepted (the limit is ${MAX}).`,
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => {
        if (v.requirement !== RULE || v.keyword !== 'maxLength') return true;
        const key = valueAt(input, v.instancePath);
        return !(typeof key === 'string' && [...key].length === MAX + 1);
      }),
  }),
};
