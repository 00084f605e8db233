// Date.now() is milliseconds; AWS JSON timestamps are seconds. Still a number, off by 1000x.
import type { Deviation } from '../behaviour/change.js';

export const createdAtMilliseconds: Deviation = {
  name: 'created-at-milliseconds',
  breaks: 'CONN-CREATED-AT',
  description: 'CreatedAt is epoch milliseconds instead of epoch seconds.',
  hooks: () => ({ createdAt: () => Date.now() }),
};
