// Whether CreatedAt has fractions is unknown: whole seconds are valid (and may lie up to a
// second before the call started, which a suite must allow for).
import type { Variant } from '../behaviour/change.js';

export const wholeSecondCreatedAt: Variant = {
  name: 'whole-second-created-at',
  varies: ['CONN-CREATED-AT', 'OBS-CREATED-AT-FRACTION'],
  description: 'CreatedAt is a whole number of epoch seconds (rounded down).',
  hooks: () => ({ createdAt: () => Math.floor(Date.now() / 1000) }),
};
