// ListConnections: all connections, or the one a ConnectionName names, in pages of MaxResults
// with NextTokens bound to the call's parameters. A page costs O(page), not O(all).
import type { ListConnectionsRequest } from '../../contract/index.js';
import type { StoredConnection } from '../connection.js';
import { orderedPage } from '../ordered-page.js';
import { JsonText } from '../protocol/json-output.js';
import type { OperationContext } from './context.js';

/** ListConnectionsResponse with the summaries as cached JSON (see protocol/json-output.ts). */
interface ListConnectionsOutput {
  ConnectionSummaryList: JsonText[];
  NextToken?: string;
}

/** The parameters a NextToken must be reused with: same store, filter and page size. */
function bindingOf(input: ListConnectionsRequest, ctx: OperationContext): string {
  return JSON.stringify([ctx.accountId, ctx.region, input.ConnectionName, input.MaxResults]);
}

function cursorOf(input: ListConnectionsRequest, ctx: OperationContext): number | undefined {
  if (input.NextToken === undefined) return undefined;
  const issued = ctx.behaviour.issuedToken(input.NextToken);
  const redeemed =
    issued === undefined
      ? ({ rejected: 'forged' } as const)
      : ctx.tokens.redeem(issued, bindingOf(input, ctx));
  if ('cursor' in redeemed) return redeemed.cursor;
  const outcome = ctx.behaviour.rejectedToken(redeemed.rejected);
  if (outcome === 'restart') return undefined;
  throw outcome;
}

export function listConnections(
  input: ListConnectionsRequest,
  ctx: OperationContext,
): ListConnectionsOutput {
  const b = ctx.behaviour;
  const cursor = cursorOf(input, ctx);
  const limit = b.pageLimit(input.MaxResults);
  // One more than the page, to know whether a next page exists.
  const window: StoredConnection[] =
    input.ConnectionName === undefined
      ? ctx.store.page(cursor, limit + 1, b.listDirection)
      : orderedPage(
          b.selectByName(ctx.store, input.ConnectionName),
          cursor,
          limit + 1,
          b.listDirection,
        );
  const page = window.slice(0, limit);
  const last = page.at(-1);
  const following = window[limit];
  // connectionView depends only on the connection (Behaviour says so), so its JSON is cached.
  const summaries = b
    .arrangePage(page)
    .map(
      (c) => (c.summary ??= new JsonText(JSON.stringify(b.connectionView(c, 'ListConnections')))),
    );
  return last && b.continues(page.length, limit, following !== undefined)
    ? {
        ConnectionSummaryList: summaries,
        NextToken: b.tokenText(
          ctx.tokens.issue(b.nextCursor(last, following), bindingOf(input, ctx)),
        ),
      }
    : { ConnectionSummaryList: summaries };
}
