// ProviderType checked only as a string: an unknown provider is stored and echoed back.
import type { Deviation } from '../behaviour/change.js';

const RULE = 'shape.ProviderType.enum';

export const providerAnyString: Deviation = {
  name: 'provider-any-string',
  breaks: RULE,
  description: 'Any string is accepted as ProviderType (e.g. GITLAB) and answered back.',
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => v.requirement !== RULE),
  }),
};
