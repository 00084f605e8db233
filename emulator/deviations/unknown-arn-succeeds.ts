// Unknown ARNs answered as if they named a connection with no tags: the lookup falls back to an
// empty placeholder instead of failing. Three deviations, one per operation, so the gate shows
// that each operation's check can fail on its own.
import type { OperationName } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import type { StoredConnection } from '../connection.js';

function unknownArnSucceeds(
  name: string,
  op: OperationName,
  breaks: Deviation['breaks'],
): Deviation {
  return {
    name,
    breaks,
    description: `${op} on an ARN of no connection succeeds (as if it named one with no tags) instead of answering ResourceNotFoundException.`,
    hooks: (base) => ({
      resolveConnection: (store, arn, asked) => {
        const found = base.resolveConnection(store, arn, asked);
        if (found || asked !== op) return found;
        const placeholder: Partial<StoredConnection> = { arn, tags: new Map() };
        return placeholder as StoredConnection;
      },
    }),
  };
}

export const tagUnknownSucceeds = unknownArnSucceeds(
  'tag-unknown-succeeds',
  'TagResource',
  'TAG-UNKNOWN-ARN',
);
export const untagUnknownSucceeds = unknownArnSucceeds(
  'untag-unknown-succeeds',
  'UntagResource',
  'TAG-UNKNOWN-ARN',
);
