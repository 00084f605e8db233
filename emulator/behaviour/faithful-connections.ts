// Conformant connection behaviour: fresh random ids, PENDING_HANDSHAKE at creation, CreatedAt in
// epoch seconds with millisecond fractions, names unique per store, the quota counted over live
// connections, and DELETED in the answer to DeleteConnection.
import { connectionArn, newConnectionId } from '../arn.js';
import type { Behaviour } from './behaviour.js';

type ConnectionHooks = Pick<
  Behaviour,
  | 'connectionId'
  | 'createdAt'
  | 'initialStatus'
  | 'connectionArn'
  | 'admit'
  | 'resolveConnection'
  | 'statusAfterDelete'
  | 'connectionView'
>;

export const FAITHFUL_CONNECTIONS: ConnectionHooks = {
  connectionId: () => newConnectionId(),
  createdAt: () => Date.now() / 1000,
  initialStatus: () => 'PENDING_HANDSHAKE',
  connectionArn,
  // Synchronous from check to insert: no other request can run in between.
  admit: (store, draft, quota) => {
    if (store.byName(draft.name)) return { outcome: 'duplicate' };
    if (store.size >= quota) return { outcome: 'quota' };
    return { outcome: 'created', connection: store.insert(draft) };
  },
  resolveConnection: (store, arn) => store.byArn(arn),
  statusAfterDelete: () => 'DELETED',
  connectionView: (c) => ({
    ConnectionName: c.name,
    ConnectionArn: c.arn,
    ProviderType: c.providerType,
    Status: c.status,
    CreatedAt: c.createdAt,
  }),
};
