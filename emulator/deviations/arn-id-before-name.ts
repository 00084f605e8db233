// A template slip: connection/<id>/<name> instead of connection/<name>/<id>.
import type { Deviation } from '../behaviour/change.js';

export const arnIdBeforeName: Deviation = {
  name: 'arn-id-before-name',
  breaks: 'CONN-ARN-FORMAT',
  description: 'ARNs end in connection/<id>/<name> instead of connection/<name>/<id>.',
  hooks: (base) => ({
    connectionArn: (parts) => base.connectionArn({ ...parts, name: parts.id, id: parts.name }),
  }),
};
