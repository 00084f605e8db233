// toFixed returns a string: the Connection serialiser rounds CreatedAt to milliseconds with
// toFixed(3) and writes it quoted. Summaries are serialised elsewhere and keep a number.
import type { Deviation } from '../behaviour/change.js';

export const connectionCreatedAtString: Deviation = {
  name: 'connection-created-at-string',
  breaks: 'shape.Timestamp.type',
  description:
    'The connection in CreateConnection and DeleteConnection answers gives CreatedAt as a ' +
    'decimal string ("1700000000.123"), not a JSON number.',
  hooks: (base) => ({
    connectionView: (connection, op) => {
      const view = base.connectionView(connection, op);
      return op === 'ListConnections' || typeof view.CreatedAt !== 'number'
        ? view
        : { ...view, CreatedAt: view.CreatedAt.toFixed(3) };
    },
  }),
};
