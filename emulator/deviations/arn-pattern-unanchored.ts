// The ARN pattern used as a search: text around a valid ARN is accepted, and such an ARN is then
// looked up (and not found) instead of rejected as invalid.
import { stringConstraint } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { unanchored, valueAt } from './value-at.js';

const RULE = 'shape.AppRunnerResourceArn.pattern';
const SEARCH = unanchored(stringConstraint('AppRunnerResourceArn').pattern);

export const arnPatternUnanchored: Deviation = {
  name: 'arn-pattern-unanchored',
  breaks: RULE,
  description:
    'ARNs are checked with their pattern unanchored: "x-arn:aws:..." passes validation and ' +
    'gets ResourceNotFoundException instead of InvalidRequestException.',
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => {
        if (v.requirement !== RULE) return true;
        const value = valueAt(input, v.instancePath);
        return !(typeof value === 'string' && SEARCH.test(value));
      }),
  }),
};
