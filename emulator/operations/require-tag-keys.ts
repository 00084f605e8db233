// The model leaves Tag.Key optional, but a tag without a key cannot be stored, listed or
// removed: such a request is rejected before anything changes.
import type { Tag } from '../../contract/index.js';
import { modeledError } from '../protocol/service-error.js';

export function requireTagKeys(tags: readonly Tag[] | undefined): void {
  const index = (tags ?? []).findIndex((t) => t.Key === undefined);
  if (index >= 0) throw modeledError('InvalidRequestException', `/Tags/${index} must have a Key.`);
}
