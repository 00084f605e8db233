// A default page size, as many paginated APIs have; App Runner returns everything when
// MaxResults is absent.
import type { Deviation } from '../behaviour/change.js';

const DEFAULT_PAGE = 5;

export const defaultPageSize: Deviation = {
  name: 'default-page-size',
  breaks: 'LIST-ALL-WITHOUT-MAX',
  description: `ListConnections without MaxResults returns pages of ${DEFAULT_PAGE} with a NextToken.`,
  hooks: (base) => ({ pageLimit: (maxResults) => base.pageLimit(maxResults ?? DEFAULT_PAGE) }),
};
