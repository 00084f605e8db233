// Assumes a connection is usable at once; App Runner creates it PENDING_HANDSHAKE until the
// owner completes the handshake with the provider.
import type { Deviation } from '../behaviour/change.js';

export const createdAvailable: Deviation = {
  name: 'created-available',
  breaks: 'CONN-CREATE-STATUS',
  description: 'A new connection has Status AVAILABLE instead of PENDING_HANDSHAKE.',
  hooks: () => ({ initialStatus: () => 'AVAILABLE' }),
};
