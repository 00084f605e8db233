// REST habit: a call that creates something answers 201 Created.
import type { Deviation } from '../behaviour/change.js';

export const createAnswers201: Deviation = {
  name: 'create-answers-201',
  breaks: 'WIRE-SUCCESS-200',
  description: 'A successful CreateConnection answers HTTP 201 instead of 200.',
  hooks: (base) => ({
    successResponse: (op, output) => {
      const response = base.successResponse(op, output);
      return op === 'CreateConnection' ? { ...response, status: 201 } : response;
    },
  }),
};
