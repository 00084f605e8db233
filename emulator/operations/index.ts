// One handler per operation of the derived spec, by name.
import type { OperationName } from '../../contract/index.js';
import type { OperationContext } from './context.js';
import { createConnection } from './create-connection.js';
import { deleteConnection } from './delete-connection.js';
import { listConnections } from './list-connections.js';
import { listTagsForResource } from './list-tags-for-resource.js';
import { tagResource } from './tag-resource.js';
import { untagResource } from './untag-resource.js';

/** Input reaches a handler already validated against the operation's input schema. */
export type Handler = (input: never, ctx: OperationContext) => object | Promise<object>;

export const HANDLERS: Readonly<Record<OperationName, Handler>> = {
  CreateConnection: createConnection,
  ListConnections: listConnections,
  DeleteConnection: deleteConnection,
  TagResource: tagResource,
  UntagResource: untagResource,
  ListTagsForResource: listTagsForResource,
};
