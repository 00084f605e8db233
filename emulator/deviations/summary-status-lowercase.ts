// The summary's Status comes straight from a database enum spelled in lower case.
import type { Deviation } from '../behaviour/change.js';

export const summaryStatusLowercase: Deviation = {
  name: 'summary-status-lowercase',
  breaks: 'shape.ConnectionStatus.enum',
  description: 'ListConnections summaries spell Status in lower case (pending_handshake).',
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      return op === 'ListConnections' ? { ...view, Status: connection.status.toLowerCase() } : view;
    },
  }),
};
