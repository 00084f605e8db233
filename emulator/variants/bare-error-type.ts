// __type as the bare error name; clients keep the part after '#', so both forms are valid.
import type { Variant } from '../behaviour/change.js';

export const bareErrorType: Variant = {
  name: 'bare-error-type',
  varies: ['WIRE-ERROR-TYPE-BODY', 'OBS-ERROR-TYPE-FORM'],
  description: '__type is "InvalidRequestException" instead of the namespaced shape id.',
  hooks: (base) => ({
    errorBody: (error) => ({ ...base.errorBody(error), __type: error.type }),
  }),
};
