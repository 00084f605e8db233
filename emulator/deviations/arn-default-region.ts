// The ARN is built from the configured default Region instead of the Region the caller signed
// for. Visible only to a caller in another Region.
import type { Deviation } from '../behaviour/change.js';

export const arnDefaultRegion: Deviation = {
  name: 'arn-default-region',
  breaks: 'CONN-ARN-FORMAT',
  description:
    'ARNs carry the default Region (--region), not the Region of the SigV4 credential scope.',
  hooks: (base, settings) => ({
    connectionArn: (parts) => base.connectionArn({ ...parts, region: settings.defaultRegion }),
  }),
};
