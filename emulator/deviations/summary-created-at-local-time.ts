// The listing reads CreatedAt back from storage kept in local time (UTC+1) and converts it as if
// it were UTC: an hour off. CreateConnection answers the time it stored, which is right.
import type { Deviation } from '../behaviour/change.js';

const OFFSET_SECONDS = 3600;

export const summaryCreatedAtLocalTime: Deviation = {
  name: 'summary-created-at-local-time',
  breaks: 'CONN-SUMMARY-MATCHES',
  description: "ListConnections summaries give CreatedAt an hour after the connection's.",
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      return op === 'ListConnections'
        ? { ...view, CreatedAt: connection.createdAt + OFFSET_SECONDS }
        : view;
    },
  }),
};
