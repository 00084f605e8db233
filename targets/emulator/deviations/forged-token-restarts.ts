// `catch { start from the beginning }`: a token that does not verify is treated as none.
import type { Deviation } from '../behaviour/change.js';

export const forgedTokenRestarts: Deviation = {
  name: 'forged-token-restarts',
  breaks: 'LIST-TOKEN-FORGED',
  description:
    'A NextToken the emulator did not issue lists from the first page instead of failing.',
  hooks: (base) => ({
    rejectedToken: (reason) => (reason === 'forged' ? 'restart' : base.rejectedToken(reason)),
  }),
};
