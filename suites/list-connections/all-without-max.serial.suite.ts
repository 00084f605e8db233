// Runs alone (project conformance-serial, or with the embedded emulator in a worker whose emulator
// serves one file at a time: vitest.config.ts): to tell "everything in one response" from a
// default page size, it needs as many connections as the quota allows, with nobody else creating
// any.
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import {
  createConnection,
  liveCount,
  reserveConnections,
} from '../../harness/checks/connections.js';
import { Inconclusive } from '../../harness/checks/meta.js';
import { require } from '../../harness/checks/errors.js';

reserveConnections('account');

/** Connections to hold at once; leaves room under a default quota of 10 for what exists. */
const WANTED = 8;

check(
  ['LIST-ALL-WITHOUT-MAX'],
  'without MaxResults every connection comes in one response',
  async ({ client, config }) => {
    const existing = await liveCount();
    const room = Math.min(WANTED, config.connectionQuota - existing);
    // No room is the account's state, not the target's fault: unverified, not failed.
    if (room < 2)
      throw new Inconclusive(
        `no room: the target holds ${existing} connections of a quota of ${config.connectionQuota}, and this check creates at least 2`,
      );
    const mine = [];
    for (let i = 0; i < room; i += 1) mine.push(await createConnection());
    const out = await client.send(new ListConnectionsCommand({}));
    const arns = new Set((out.ConnectionSummaryList ?? []).map((c) => c.ConnectionArn));
    require(out.NextToken ===
      undefined, 'LIST-ALL-WITHOUT-MAX', `with ${(out.ConnectionSummaryList ?? []).length} connections listed the response carries a NextToken`);
    const missing = mine.filter((c) => !arns.has(c.ConnectionArn));
    require(missing.length ===
      0, 'LIST-ALL-WITHOUT-MAX', `not listed: ${missing.map((c) => c.ConnectionName).join(', ')}`);
  },
);
