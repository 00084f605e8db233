// The model's pattern used as a search, without ^ and $ (as botocore renders it): any name that
// contains a valid name somewhere is accepted, e.g. "!!abcd" or "_abcd".
import { stringConstraint } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { unanchored, valueAt } from './value-at.js';

const SEARCH = unanchored(stringConstraint('ConnectionName').pattern);
const RULE = 'shape.ConnectionName.pattern';

export const namePatternUnanchored: Deviation = {
  name: 'name-pattern-unanchored',
  breaks: RULE,
  description: 'ConnectionName is checked with its pattern unanchored: "!!abcd" is accepted.',
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => {
        if (v.requirement !== RULE) return true;
        const name = valueAt(input, v.instancePath);
        return !(typeof name === 'string' && SEARCH.test(name));
      }),
  }),
};
