// The emulator's own bounds on what it holds (emulator/README.md, "Limits"): tags per connection,
// and connections and tags in all Regions together. Checked before anything changes, and answered
// with a modeled error: InvalidRequestException for tags (the only client error TagResource and
// CreateConnection share), ServiceQuotaExceededException for connections.
import type { Tag } from '../../contract/index.js';
import type { TagMap } from '../connection.js';
import { modeledError } from '../protocol/service-error.js';
import type { OperationContext } from './context.js';

/** How many keys of `tags` are new to `existing`, each counted once. Tags carry Keys here. */
export function newKeys(existing: TagMap | undefined, tags: readonly Tag[]): number {
  const fresh = new Set<string>();
  for (const { Key } of tags) if (!existing?.has(Key as string)) fresh.add(Key as string);
  return fresh.size;
}

/** A connection that has `current` tags may take `adding` more. */
export function requireTagRoom(ctx: OperationContext, current: number, adding: number): void {
  const { maxTagsPerConnection, maxTags } = ctx.limits;
  if (current + adding > maxTagsPerConnection) {
    throw modeledError(
      'InvalidRequestException',
      `A connection can have at most ${maxTagsPerConnection} tags; this request would give it ${current + adding}.`,
    );
  }
  if (adding > 0 && ctx.stores.tags + adding > maxTags) {
    throw modeledError(
      'InvalidRequestException',
      `This emulator holds at most ${maxTags} tags in all; ${ctx.stores.tags} are stored.`,
    );
  }
}

export function requireConnectionRoom(ctx: OperationContext): void {
  const { maxConnections } = ctx.limits;
  if (ctx.stores.connections >= maxConnections) {
    throw modeledError(
      'ServiceQuotaExceededException',
      `This emulator holds at most ${maxConnections} connections in all Regions.`,
    );
  }
}
