// The answer is built from the record as it was read, before it was marked deleted.
import type { Deviation } from '../behaviour/change.js';

export const deleteAnswersPriorStatus: Deviation = {
  name: 'delete-answers-prior-status',
  breaks: 'DELETE-RETURNS-DELETED',
  description: 'DeleteConnection answers the connection with its old Status (PENDING_HANDSHAKE).',
  hooks: () => ({ statusAfterDelete: (connection) => connection.status }),
};
