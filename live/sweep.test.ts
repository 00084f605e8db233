// Sweeping never touches a connection that is not provably a run's: a look-alike name without
// the run tag survives, ledger entries and tagged leftovers go.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateConnectionCommand, ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../targets/client.js';
import { startEmulator, type RunningEmulator } from '../targets/emulator/index.js';
import { targetConfigFromEnv } from '../targets/target-config.js';
import { appendLedger } from './ledger.js';
import { trackingTags } from './run-identity.js';
import { sweep } from './sweep.js';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator({ connectionQuota: 50 });
});
afterAll(() => emulator.close());

test('deletes ledger and tagged leftovers, keeps look-alikes and others', async () => {
  const { client } = createClient({
    ...targetConfigFromEnv({}),
    kind: 'endpoint',
    endpoint: emulator.url,
  });
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
  const { client } = createClient({
    ...targetConfigFromEnv({}),
    kind: 'endpoint',
    endpoint: emulator.url,
  });
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
