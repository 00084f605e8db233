// Conformant listing: an exact name filter, every connection when MaxResults is absent, pages of
// at most MaxResults, cursors at the last item returned, and any NextToken that fails
// verification rejected with InvalidRequestException, NextTokens sent as the codec issues them and
// only on a page that more connections follow. Deleted connections are not listed.
import { modeledError } from '../protocol/service-error.js';
import type { Behaviour } from './behaviour.js';

type ListingHooks = Pick<
  Behaviour,
  | 'selectByName'
  | 'pageLimit'
  | 'continues'
  | 'nextCursor'
  | 'tokenText'
  | 'issuedToken'
  | 'rejectedToken'
  | 'listDirection'
  | 'arrangePage'
  | 'seedScope'
>;

export const FAITHFUL_LISTING: ListingHooks = {
  selectByName: (store, name) => {
    const found = store.byName(name);
    return found ? [found] : [];
  },
  pageLimit: (maxResults) => maxResults ?? Infinity,
  continues: (_shown, _limit, more) => more,
  nextCursor: (last) => last.seq,
  tokenText: (issued) => issued,
  issuedToken: (text) => text,
  rejectedToken: (reason) =>
    modeledError(
      'InvalidRequestException',
      reason === 'forged'
        ? 'NextToken is not a token this service issued.'
        : 'NextToken was issued for other parameters; repeat the call that returned it.',
    ),
  listDirection: 'oldest-first',
  arrangePage: (page) => page,
  seedScope: () => undefined,
};
