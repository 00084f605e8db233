// `> max + 1` where `> max` was meant: a tag key or value one code point too long is accepted.
import { stringConstraint } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { valueAt } from './value-at.js';

function lengthOffByOne(name: string, shape: 'TagKey' | 'TagValue', what: string): Deviation {
  const max = stringConstraint(shape).maxLength;
  const rule = `shape.${shape}.length` as const;
  return {
    name,
    breaks: rule,
    description: `${what} of ${max + 1} code points are accepted (the limit is ${max}).`,
    hooks: (base) => ({
      inputViolations: (schema, input) =>
        base.inputViolations(schema, input).filter((v) => {
          if (v.requirement !== rule || v.keyword !== 'maxLength') return true;
          const value = valueAt(input, v.instancePath);
          return !(typeof value === 'string' && [...value].length === max + 1);
        }),
    }),
  };
}

export const tagKeyLengthOffByOne = lengthOffByOne(
  'tag-key-length-off-by-one',
  'TagKey',
  'Tag keys',
);
export const tagValueLengthOffByOne = lengthOffByOne(
  'tag-value-length-off-by-one',
  'TagValue',
  'Tag values',
);
