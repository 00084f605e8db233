// The duplicate-name path builds its error by hand, and its author tested it with the JS SDK,
// which reads X-Amzn-ErrorType: every other error still has __type in its body.
import type { Deviation } from '../behaviour/change.js';

export const duplicateNameTypeHeaderOnly: Deviation = {
  name: 'duplicate-name-type-header-only',
  breaks: 'WIRE-ERROR-TYPE-BODY',
  description: 'The duplicate-name error has no __type in its body, only X-Amzn-ErrorType.',
  hooks: (base) => {
    // admit and the error answer run in one synchronous turn: no other request comes between.
    let duplicate = false;
    return {
      admit: (store, draft, quota) => {
        const admission = base.admit(store, draft, quota);
        duplicate = 'outcome' in admission && admission.outcome === 'duplicate';
        return admission;
      },
      errorBody: (error) => {
        const body = base.errorBody(error);
        if (duplicate) delete body.__type;
        duplicate = false;
        return body;
      },
    };
  },
};
