// The name filter written as startsWith: "conn" also matches "conn-2".
import type { Deviation } from '../behaviour/change.js';

export const filterByPrefix: Deviation = {
  name: 'filter-by-prefix',
  breaks: 'LIST-FILTER-NAME',
  description:
    'ListConnections with ConnectionName returns every connection whose name starts with it.',
  hooks: () => ({
    selectByName: (store, name) => store.all().filter((c) => c.name.startsWith(name)),
  }),
};
