// REST habit: "not found" is 404. The model gives ResourceNotFoundException 400.
import type { Deviation } from '../behaviour/change.js';

export const notFoundAnswers404: Deviation = {
  name: 'not-found-answers-404',
  breaks: 'WIRE-ERROR-STATUS',
  description: 'ResourceNotFoundException is answered with HTTP 404 instead of 400.',
  hooks: (base) => ({
    errorStatus: (error) =>
      error.type === 'ResourceNotFoundException' ? 404 : base.errorStatus(error),
  }),
};
