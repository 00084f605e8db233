// `catch { start from the beginning }`: a token that does not verify is treated as none. What a
// token never issued gets is not documented (LIST-TOKEN-FORGED is an observation), so the gate
// must accept this.
import type { Variant } from '../behaviour/change.js';

export const forgedTokenRestarts: Variant = {
  name: 'forged-token-restarts',
  varies: ['LIST-TOKEN-FORGED'],
  description:
    'A NextToken the emulator did not issue lists from the first page instead of failing.',
  hooks: (base) => ({
    rejectedToken: (reason) => (reason === 'forged' ? 'restart' : base.rejectedToken(reason)),
  }),
};
