// A Date serialised with JSON.stringify becomes an ISO string; AWS JSON timestamps are numbers.
import type { Deviation } from '../behaviour/change.js';

export const summaryCreatedAtIso: Deviation = {
  name: 'summary-created-at-iso',
  breaks: 'shape.Timestamp.type',
  description: 'ListConnections summaries give CreatedAt as an ISO 8601 string.',
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      return op === 'ListConnections'
        ? { ...view, CreatedAt: new Date(connection.createdAt * 1000).toISOString() }
        : view;
    },
  }),
};
