// The summary type was written with fewer members than the full connection.
import type { Deviation } from '../behaviour/change.js';

export const summaryWithoutCreatedAt: Deviation = {
  name: 'summary-without-created-at',
  breaks: 'CONN-CREATE-FIELDS',
  description: 'ListConnections summaries omit CreatedAt.',
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      if (op === 'ListConnections') delete view.CreatedAt;
      return view;
    },
  }),
};
