// Sweeping never touches a connection that is not provably a run's: a look-alike name without
// the run tag survives, ledger entries and tagged leftovers go.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateConnectionCommand, ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../harness/client.js';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { resolveTarget } from '../harness/target-config.js';
import { appendLedger } from './ledger.js';
import { trackingTags } from './run-identity.js';
import { sweep, sweepUntilSettled } from './sweep.js';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ connectionQuota: 50 });
});
afterAll(() => emulator.close());

const emulatorClient = () =>
  createClient({ ...resolveTarget({}, {}), kind: 'endpoint', endpoint: emulator.url }).client;

test('deletes ledger and tagged leftovers, keeps look-alikes and others', async () => {
  const client = emulatorClient();
  const create = async (name: string, tags = trackingTags('cfm-0001')) =>
    (
      await client.send(
        new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB', Tags: tags }),
      )
    ).Connection?.ConnectionArn ?? '';
  const ledger = join(mkdtempSync(join(tmpdir(), 'sweep-')), 'ledger.jsonl');
  const inLedger = await create('plain-name-from-ledger', []);
  appendLedger(ledger, {
    event: 'created',
    runId: 'cfm-0001',
    name: 'plain-name-from-ledger',
    arn: inLedger,
    at: new Date().toISOString(),
  });
  await create('cfm-0001-tagged');
  await create('cfm-0002-lookalike', [{ Key: 'team', Value: 'x' }]);
  await create('production-github', []);

  const result = await sweep(client, { ledger });
  expect(result.deleted.map((d) => [d.name, d.why]).sort()).toEqual([
    ['cfm-0001-tagged', 'prefix and tag'],
    ['plain-name-from-ledger', 'ledger'],
  ]);
  const left = (await client.send(new ListConnectionsCommand({}))).ConnectionSummaryList?.map(
    (c) => c.ConnectionName,
  ).sort();
  expect(left).toEqual(['cfm-0002-lookalike', 'production-github']);
  client.destroy();
});

test("--older-than spares younger tagged connections, not the ledger's", async () => {
  const client = emulatorClient();
  await client.send(
    new CreateConnectionCommand({
      ConnectionName: 'cfm-0003-young',
      ProviderType: 'GITHUB',
      Tags: trackingTags('cfm-0003'),
    }),
  );
  const ledger = join(mkdtempSync(join(tmpdir(), 'sweep-')), 'ledger.jsonl');
  const mine =
    (
      await client.send(
        new CreateConnectionCommand({
          ConnectionName: 'cfm-0004-mine',
          ProviderType: 'GITHUB',
          Tags: trackingTags('cfm-0004'),
        }),
      )
    ).Connection?.ConnectionArn ?? '';
  appendLedger(ledger, {
    event: 'created',
    runId: 'cfm-0004',
    name: 'cfm-0004-mine',
    arn: mine,
    at: new Date().toISOString(),
  });
  expect(
    (await sweep(client, { olderThanMs: 3_600_000, ledger })).deleted.map((d) => d.name),
  ).toEqual(['cfm-0004-mine']);
  expect((await sweep(client, { olderThanMs: 0 })).deleted.map((d) => d.name)).toEqual([
    'cfm-0003-young',
  ]);
  client.destroy();
});

test('a create still in flight at the first look is waited for, then deleted', async () => {
  const client = emulatorClient();
  const ledger = join(mkdtempSync(join(tmpdir(), 'sweep-')), 'ledger.jsonl');
  const at = new Date().toISOString();
  appendLedger(ledger, { event: 'intent', runId: 'cfm-0005', name: 'cfm-0005-late', at });
  appendLedger(ledger, { event: 'intent', runId: 'cfm-0005', name: 'cfm-0005-refused', at });
  appendLedger(ledger, { event: 'returned', runId: 'cfm-0005', name: 'cfm-0005-refused', at });
  // The create lands after the first listing, as one sent just before a stop does.
  const late = new Promise((r) => setTimeout(r, 700)).then(() =>
    client.send(
      new CreateConnectionCommand({ ConnectionName: 'cfm-0005-late', ProviderType: 'GITHUB' }),
    ),
  );
  const settled = () =>
    sweepUntilSettled(client, { ledger, runId: 'cfm-0005' }, { settleMs: 5_000, pollMs: 200 });
  const result = await settled();
  await late;
  expect(result.deleted.map((d) => [d.name, d.why])).toEqual([['cfm-0005-late', 'ledger']]);
  expect(result.unresolved).toEqual([]);
  // Settled: the deletion names the connection, so a second sweep has nothing left to wait for.
  expect(await settled()).toEqual({ deleted: [], failed: [], unresolved: [] });
  client.destroy();
});

test('gives up on a create that never lands once the settle time has passed', async () => {
  const client = emulatorClient();
  const ledger = join(mkdtempSync(join(tmpdir(), 'sweep-')), 'ledger.jsonl');
  const at = new Date().toISOString();
  appendLedger(ledger, { event: 'intent', runId: 'cfm-0006', name: 'cfm-0006-never', at });
  const started = Date.now();
  const result = await sweepUntilSettled(
    client,
    { ledger, runId: 'cfm-0006' },
    { settleMs: 600, pollMs: 200 },
  );
  expect(result.unresolved).toEqual(['cfm-0006-never']);
  expect(Date.now() - started).toBeGreaterThanOrEqual(400);
  client.destroy();
});
