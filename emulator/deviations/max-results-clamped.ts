// MaxResults out of range is clamped into it instead of rejected ("be liberal in what you accept").
import { integerRange } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';

const { minimum, maximum } = integerRange('MaxResults');
const RULE = 'shape.MaxResults.range';

export const maxResultsClamped: Deviation = {
  name: 'max-results-clamped',
  breaks: RULE,
  description: `MaxResults outside ${minimum}..${maximum} is clamped into it, not rejected.`,
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => v.requirement !== RULE),
    pageLimit: (maxResults) =>
      base.pageLimit(
        maxResults === undefined ? undefined : Math.min(maximum, Math.max(minimum, maxResults)),
      ),
  }),
};
