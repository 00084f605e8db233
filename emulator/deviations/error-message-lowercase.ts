// Several AWS JSON services spell the member "message"; App Runner's model says "Message".
import type { Deviation } from '../behaviour/change.js';

export const errorMessageLowercase: Deviation = {
  name: 'error-message-lowercase',
  breaks: 'WIRE-ERROR-MESSAGE',
  description: 'Error bodies carry "message" (lower case) instead of "Message".',
  hooks: (base) => ({
    errorBody: (error) => {
      const { Message, ...rest } = base.errorBody(error);
      return { ...rest, message: Message };
    },
  }),
};
