import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { observe } from '../../harness/checks/check.js';
import {
  createConnection,
  deleteConnection,
  reserveConnections,
} from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';
import { otherLetterCase, uniqueName } from '../../harness/checks/names.js';

// Held at once: the two OBS-LIST-TOKEN-OTHER-PARAMS pages over, and the one OBS-LIST-FILTER-CASE
// lists (connections stay until the file's cleanup).
reserveConnections(3);

observe(
  'OBS-LIST-FILTER-MISSING',
  'what a name filter on no connection answers',
  async ({ client }) => {
    const call = client.send(new ListConnectionsCommand({ ConnectionName: uniqueName() }));
    const failure = await failureOf(call);
    if (failure) return { error: failure.name, status: failure.status };
    return { listed: (await call).ConnectionSummaryList?.length ?? 0 };
  },
);

observe(
  'OBS-LIST-DELETED-VISIBLE',
  'whether a deleted connection is still listed',
  async ({ client }) => {
    const c = await createConnection();
    await deleteConnection(c.ConnectionArn ?? '');
    const out = await client.send(new ListConnectionsCommand({ ConnectionName: c.ConnectionName }));
    const still = (out.ConnectionSummaryList ?? []).filter(
      (s) => s.ConnectionArn === c.ConnectionArn,
    );
    return still.length === 0 ? 'not listed' : { listedWithStatus: still[0]?.Status };
  },
);

observe(
  'OBS-LIST-TOKEN-OTHER-PARAMS',
  'what a NextToken reused with other parameters answers',
  async ({ client }) => {
    await createConnection();
    await createConnection();
    const page = await client.send(new ListConnectionsCommand({ MaxResults: 1 }));
    if (!page.NextToken) return 'no NextToken was issued';
    const failure = await failureOf(
      client.send(new ListConnectionsCommand({ MaxResults: 2, NextToken: page.NextToken })),
    );
    return failure ? { error: failure.name, status: failure.status } : 'accepted';
  },
);

// The lifecycle sequences learn this too, but only when one draws a filter in the other case of a
// live name: this observes it in every run, with one connection.
observe(
  'OBS-LIST-FILTER-CASE',
  'whether a name filter also matches a name in another letter case',
  async ({ client }) => {
    const c = await createConnection();
    const call = client.send(
      new ListConnectionsCommand({ ConnectionName: otherLetterCase(c.ConnectionName ?? '') }),
    );
    // A filter that matches nothing may be refused (OBS-LIST-FILTER-MISSING): no match either.
    const failure = await failureOf(call);
    if (failure?.name === 'ResourceNotFoundException') return 'exact names only';
    if (failure) return { error: failure.name, status: failure.status };
    const listed = (await call).ConnectionSummaryList ?? [];
    return listed.some((s) => s.ConnectionArn === c.ConnectionArn)
      ? 'also other letter cases'
      : 'exact names only';
  },
);
