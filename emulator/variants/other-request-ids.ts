// Request ids are opaque: only a non-empty value is required.
import { randomBytes } from 'node:crypto';
import type { Variant } from '../behaviour/change.js';

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export const otherRequestIds: Variant = {
  name: 'other-request-ids',
  varies: ['WIRE-REQUEST-ID'],
  description: 'x-amzn-RequestId is 52 upper-case base32 characters instead of a UUID.',
  hooks: (base) => ({
    responseHeaders: (head) => ({
      ...base.responseHeaders(head),
      'x-amzn-RequestId': Array.from(randomBytes(52), (b) => BASE32[b & 31]).join(''),
    }),
  }),
};
