// The name limit checked with < instead of <=: a name of exactly the maximum length is refused.
import { stringConstraint, type Violation } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

const MAX = stringConstraint('ConnectionName').maxLength;
const RULE = 'shape.ConnectionName.length';

export const nameMaxOffByOne: Deviation = {
  name: 'name-max-off-by-one',
  breaks: RULE,
  description: `ConnectionName must be shorter than ${MAX}: a ${MAX}-character name is refused.`,
  hooks: (base) => ({
    inputViolations: (schema, input) => {
      const found = base.inputViolations(schema, input);
      const name = (input as { ConnectionName?: unknown } | null)?.ConnectionName;
      if (found.length > 0 || typeof name !== 'string' || name.length < MAX) return found;
      const v: Violation = {
        requirement: RULE,
        instancePath: '/ConnectionName',
        keyword: 'maxLength',
        message: `/ConnectionName must NOT have more than ${MAX - 1} characters`,
      };
      return [v];
    },
  }),
};
