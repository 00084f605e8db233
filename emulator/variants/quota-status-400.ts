// The API reference gives ServiceQuotaExceededException 400 where the model says 402.
import type { Variant } from '../behaviour/change.js';

export const quotaStatus400: Variant = {
  name: 'quota-status-400',
  varies: ['WIRE-ERROR-STATUS', 'CONN-QUOTA', 'OBS-QUOTA-STATUS'],
  description: 'ServiceQuotaExceededException is answered with HTTP 400 (the API reference).',
  hooks: (base) => ({
    errorStatus: (error) =>
      error.type === 'ServiceQuotaExceededException' ? 400 : base.errorStatus(error),
  }),
};
