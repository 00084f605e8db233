// DeleteConnection: answers the connection with Status DELETED; afterwards its ARN is unknown
// and its name free. Deleted connections are not kept.
import type { DeleteConnectionRequest, DeleteConnectionResponse } from '../../contract/index.js';
import type { OperationContext } from './context.js';
import { notFound } from './not-found.js';

export function deleteConnection(
  input: DeleteConnectionRequest,
  ctx: OperationContext,
): DeleteConnectionResponse {
  const b = ctx.behaviour;
  const connection = b.resolveConnection(ctx.store, input.ConnectionArn, 'DeleteConnection');
  if (!connection) throw notFound(input.ConnectionArn);
  if (ctx.store.remove(connection)) ctx.stores.tags -= connection.tags.size;
  connection.status = b.statusAfterDelete(connection);
  return { Connection: b.connectionView(connection, 'DeleteConnection') };
}
