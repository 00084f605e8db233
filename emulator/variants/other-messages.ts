// Error messages are free text: only their presence is a requirement.
import type { Variant } from '../behaviour/change.js';

export const otherMessages: Variant = {
  name: 'other-messages',
  varies: ['WIRE-ERROR-MESSAGE'],
  description: 'Every error Message is a different, terse text that names only the error.',
  hooks: (base) => ({
    errorBody: (error) => ({
      ...base.errorBody(error),
      Message: `Request failed (${error.type}).`,
    }),
  }),
};
