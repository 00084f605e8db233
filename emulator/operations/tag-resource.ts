// TagResource: adds tags and overwrites the values of keys the connection already has.
import type { TagResourceRequest, TagResourceResponse } from '../../contract/index.js';
import type { OperationContext } from './context.js';
import { notFound } from './not-found.js';
import { newKeys, requireTagRoom } from './limits.js';
import { requireTagKeys } from './require-tag-keys.js';

// Synchronous unless the applyTags hook is asynchronous (as a deviation's may be): the faithful
// update gives no other request a turn in between.
export function tagResource(
  input: TagResourceRequest,
  ctx: OperationContext,
): TagResourceResponse | Promise<TagResourceResponse> {
  requireTagKeys(input.Tags);
  const connection = ctx.behaviour.resolveConnection(ctx.store, input.ResourceArn, 'TagResource');
  if (!connection) throw notFound(input.ResourceArn);
  const tags = connection.tags;
  requireTagRoom(ctx, tags.size, newKeys(tags, input.Tags));
  const before = tags.size;
  const counted = (): TagResourceResponse => {
    ctx.stores.tags += tags.size - before;
    return {};
  };
  const applying = ctx.behaviour.applyTags(tags, input.Tags);
  return applying instanceof Promise ? applying.then(counted) : counted();
}
