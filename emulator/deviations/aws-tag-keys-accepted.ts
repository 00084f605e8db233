// Only the lengths of tag keys are checked; the reserved aws: prefix is not.
import type { Deviation } from '../behaviour/change.js';

const RULE = 'shape.TagKey.pattern';

export const awsTagKeysAccepted: Deviation = {
  name: 'aws-tag-keys-accepted',
  breaks: RULE,
  description: 'Tag keys are not checked against their pattern: "aws:owner" is accepted.',
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => v.requirement !== RULE),
  }),
};
