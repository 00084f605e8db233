// The quota read as rate limiting: ServiceQuotaExceededException goes out with HTTP 429 (Too Many
// Requests), a status the model does not give it (402; the API reference says 400).
import type { Deviation } from '../behaviour/change.js';

export const quotaError429: Deviation = {
  name: 'quota-error-429',
  breaks: 'WIRE-ERROR-STATUS',
  description: 'ServiceQuotaExceededException is answered with HTTP 429, not 402 (or 400).',
  hooks: (base) => ({
    errorStatus: (error) =>
      error.type === 'ServiceQuotaExceededException' ? 429 : base.errorStatus(error),
  }),
};
