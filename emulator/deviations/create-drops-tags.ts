// The Tags member of CreateConnection is accepted and validated but never copied to the record.
import type { Deviation } from '../behaviour/change.js';

export const createDropsTags: Deviation = {
  name: 'create-drops-tags',
  breaks: 'TAG-CREATE-ROUNDTRIP',
  description: 'Tags given to CreateConnection are not stored (ListTagsForResource is empty).',
  hooks: () => ({ tagsAtCreation: () => new Map() }),
};
