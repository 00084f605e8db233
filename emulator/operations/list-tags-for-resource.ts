// ListTagsForResource: the connection's tags, in the order their keys were first set.
import type {
  ListTagsForResourceRequest,
  ListTagsForResourceResponse,
} from '../../contract/index.js';
import type { OperationContext } from './context.js';
import { notFound } from './not-found.js';

export function listTagsForResource(
  input: ListTagsForResourceRequest,
  ctx: OperationContext,
): ListTagsForResourceResponse {
  const b = ctx.behaviour;
  const connection = b.resolveConnection(ctx.store, input.ResourceArn, 'ListTagsForResource');
  if (!connection) throw notFound(input.ResourceArn);
  return { Tags: b.tagList(connection.tags) };
}
