// A name conflict answered as HTTP's Conflict, as a REST service would: the model gives
// InvalidRequestException 400, and a client that reads the status reads another error class.
import type { Deviation } from '../behaviour/change.js';

export const duplicateName409: Deviation = {
  name: 'duplicate-name-409',
  breaks: 'WIRE-ERROR-STATUS',
  description: 'The duplicate-name error (InvalidRequestException) answers HTTP 409.',
  hooks: (base) => {
    // admit and the error answer run in one synchronous turn: no other request comes between.
    let duplicate = false;
    return {
      admit: (store, draft, quota) => {
        const admission = base.admit(store, draft, quota);
        duplicate = 'outcome' in admission && admission.outcome === 'duplicate';
        return admission;
      },
      errorStatus: (error) => {
        const status = duplicate ? 409 : base.errorStatus(error);
        duplicate = false;
        return status;
      },
    };
  },
};
