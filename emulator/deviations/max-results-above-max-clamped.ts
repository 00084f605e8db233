// Only the lower bound of MaxResults checked: a page size above the maximum is clamped to it
// ("be liberal in what you accept") instead of rejected. Below the minimum is still refused.
import { integerRange } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { valueAt } from './value-at.js';

const { maximum } = integerRange('MaxResults');
const RULE = 'shape.MaxResults.range';

export const maxResultsAboveMaxClamped: Deviation = {
  name: 'max-results-above-max-clamped',
  breaks: RULE,
  description: `MaxResults above ${maximum} is clamped to ${maximum}, not rejected; below the minimum is still rejected.`,
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => {
        if (v.requirement !== RULE) return true;
        const value = valueAt(input, v.instancePath);
        return !(typeof value === 'number' && value > maximum);
      }),
    pageLimit: (maxResults) =>
      base.pageLimit(maxResults === undefined ? undefined : Math.min(maximum, maxResults)),
  }),
};
