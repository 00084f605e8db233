// Tag keys taken for case-insensitive on the create path only: CreateConnection stores each key
// lower-cased ("Team" becomes "team"), while TagResource keeps keys as given. Keys that are lower
// case already come back unchanged.
import type { Deviation } from '../behaviour/change.js';

export const createLowercasesTagKeys: Deviation = {
  name: 'create-lowercases-tag-keys',
  breaks: 'TAG-CREATE-ROUNDTRIP',
  description:
    'Tags given to CreateConnection are stored with their keys lower-cased ("Team" is listed ' +
    'as "team"); TagResource keeps keys as given.',
  hooks: (base) => ({
    tagsAtCreation: (tags) =>
      base.tagsAtCreation(
        tags.map((t) => (t.Key === undefined ? t : { ...t, Key: t.Key.toLowerCase() })),
      ),
  }),
};
