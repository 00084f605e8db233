// `<=` where `<` was meant in the page loop: one connection too many per page.
import type { Deviation } from '../behaviour/change.js';

export const pageOneExtra: Deviation = {
  name: 'page-one-extra',
  breaks: 'LIST-PAGE-SIZE',
  description:
    'A ListConnections page holds MaxResults + 1 connections (the NextToken stays right).',
  hooks: (base) => ({
    pageLimit: (maxResults) =>
      base.pageLimit(maxResults === undefined ? undefined : maxResults + 1),
  }),
};
