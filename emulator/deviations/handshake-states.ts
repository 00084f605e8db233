// Deviations only a target's control interface reveals: they concern connections whose handshake
// completed or failed, which no AWS call can bring about.
import type { Deviation } from '../behaviour/change.js';

// A listing built from what CreateConnection stored, never refreshed: it still shows the status
// the connection was created with.
export const listingShowsCreatedStatus: Deviation = {
  name: 'listing-shows-created-status',
  breaks: 'CONN-SUMMARY-STATUS',
  description:
    'ListConnections shows every connection as PENDING_HANDSHAKE, also after its handshake completed or failed.',
  hooks: (base) => ({
    connectionView: (connection, op) =>
      op === 'ListConnections'
        ? { ...base.connectionView(connection, op), Status: 'PENDING_HANDSHAKE' }
        : base.connectionView(connection, op),
  }),
};

// Only a pending connection moves to DELETED; one that finished its handshake keeps its status
// in the answer.
export const deleteKeepsHandshakeStatus: Deviation = {
  name: 'delete-keeps-handshake-status',
  breaks: 'DELETE-RETURNS-DELETED',
  description:
    'DeleteConnection answers an AVAILABLE or ERROR connection with its old Status instead of DELETED.',
  hooks: (base) => ({
    statusAfterDelete: (connection) =>
      connection.status === 'PENDING_HANDSHAKE'
        ? base.statusAfterDelete(connection)
        : connection.status,
  }),
};
