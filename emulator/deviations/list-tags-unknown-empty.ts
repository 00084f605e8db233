// Tags looked up in a map with a default: an unknown ARN has "no tags" instead of not existing.
import type { Deviation } from '../behaviour/change.js';
import type { StoredConnection } from '../connection.js';

export const listTagsUnknownEmpty: Deviation = {
  name: 'list-tags-unknown-empty',
  breaks: 'TAG-UNKNOWN-ARN',
  description: 'ListTagsForResource on an ARN of no connection answers 200 with no tags.',
  hooks: (base) => ({
    resolveConnection: (store, arn, op) => {
      const found = base.resolveConnection(store, arn, op);
      if (found || op !== 'ListTagsForResource') return found;
      const phantom: Partial<StoredConnection> = { arn, tags: new Map() };
      return phantom as StoredConnection;
    },
  }),
};
