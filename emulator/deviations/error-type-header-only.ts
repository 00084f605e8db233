// Tested with the JS SDK only, which reads X-Amzn-ErrorType: the body's __type was never needed
// there, so it is missing; botocore cannot tell the errors apart.
import type { Deviation } from '../behaviour/change.js';

export const errorTypeHeaderOnly: Deviation = {
  name: 'error-type-header-only',
  breaks: 'WIRE-ERROR-TYPE-BODY',
  description: 'Error bodies have no __type; the error name is only in X-Amzn-ErrorType.',
  hooks: (base) => ({
    errorBody: (error) => {
      const body = base.errorBody(error);
      delete body.__type;
      return body;
    },
  }),
};
