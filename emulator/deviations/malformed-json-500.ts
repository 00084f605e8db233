// JSON.parse without a try: the SyntaxError reaches the catch-all and becomes a 500.
import type { Deviation } from '../behaviour/change.js';

export const malformedJson500: Deviation = {
  name: 'malformed-json-500',
  breaks: 'WIRE-MALFORMED-4XX',
  description: 'A body that is not JSON is answered 500 InternalServiceErrorException.',
  hooks: () => ({ parseJson: (text) => JSON.parse(text) as unknown }),
};
