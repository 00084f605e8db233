// UntagResource: removes the given keys and keeps the others; a key the connection does not
// have is ignored (App Runner documents nothing for it, and removal is then already done).
import type { UntagResourceRequest, UntagResourceResponse } from '../../contract/index.js';
import type { OperationContext } from './context.js';
import { notFound } from './not-found.js';

export function untagResource(
  input: UntagResourceRequest,
  ctx: OperationContext,
): UntagResourceResponse {
  const b = ctx.behaviour;
  const connection = b.resolveConnection(ctx.store, input.ResourceArn, 'UntagResource');
  if (!connection) throw notFound(input.ResourceArn);
  const before = connection.tags.size;
  b.removeTags(connection.tags, input.TagKeys);
  ctx.stores.tags -= before - connection.tags.size;
  return {};
}
