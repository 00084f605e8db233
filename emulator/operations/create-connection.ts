// CreateConnection: a new connection in PENDING_HANDSHAKE, unique by name in the caller's account
// and Region, within the connection quota, with its tags stored.
import type { CreateConnectionRequest, CreateConnectionResponse } from '../../contract/index.js';
import type { Admission } from '../behaviour/behaviour.js';
import type { NewConnection } from '../connection.js';
import { modeledError } from '../protocol/service-error.js';
import type { OperationContext } from './context.js';
import { newKeys, requireConnectionRoom, requireTagRoom } from './limits.js';
import { requireTagKeys } from './require-tag-keys.js';

/** The answer once the store has admitted (or refused) the new connection. */
function answer(
  admission: Admission,
  name: string,
  ctx: OperationContext,
): CreateConnectionResponse {
  // App Runner documents no error for a duplicate name; the only modeled client error of
  // CreateConnection that fits is InvalidRequestException (see README.md).
  if (admission.outcome === 'duplicate') {
    throw modeledError(
      'InvalidRequestException',
      `A connection named ${name} already exists in this account and Region.`,
    );
  }
  if (admission.outcome === 'quota') {
    throw modeledError(
      'ServiceQuotaExceededException',
      `The quota of ${ctx.quota} connections in this account and Region is reached.`,
    );
  }
  ctx.stores.tags += admission.connection.tags.size;
  return { Connection: ctx.behaviour.connectionView(admission.connection, 'CreateConnection') };
}

// Synchronous unless the admit hook is asynchronous (as a deviation's may be): the faithful
// check-and-insert gives no other request a turn in between.
export function createConnection(
  input: CreateConnectionRequest,
  ctx: OperationContext,
): CreateConnectionResponse | Promise<CreateConnectionResponse> {
  const b = ctx.behaviour;
  requireTagKeys(input.Tags);
  requireTagRoom(ctx, 0, newKeys(undefined, input.Tags ?? []));
  requireConnectionRoom(ctx);
  const name = input.ConnectionName;
  const id = b.connectionId(name);
  const draft: NewConnection = {
    name,
    arn: b.connectionArn({ region: ctx.region, accountId: ctx.accountId, name, id }),
    providerType: input.ProviderType,
    createdAt: b.createdAt(),
    status: b.initialStatus(),
    tags: b.tagsAtCreation(input.Tags ?? []),
  };
  const admission = b.admit(ctx.store, draft, ctx.quota);
  return admission instanceof Promise
    ? admission.then((a) => answer(a, name, ctx))
    : answer(admission, name, ctx);
}
