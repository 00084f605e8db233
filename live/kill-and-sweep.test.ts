// The cleanup proof: a live run (the emulator treated as a real account) is stopped at random
// moments, by SIGINT (the run cleans up itself, exit 130) and by SIGKILL of its whole process
// group (nothing runs after it; `npm run sweep` must find the leftovers from the ledger and the
// run tags). After every trial, no connection may remain. Bounded: a fixed number of trials,
// each with a time limit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createClient } from '../targets/client.js';
import { startEmulator, type RunningEmulator } from '../targets/emulator/index.js';
import { targetConfigFromEnv } from '../targets/target-config.js';
import { startFakeSts } from '../test-support/fake-sts.js';
import { spawnScript, within } from '../test-support/spawn-script.js';
import { fakeAccessKeyId } from '../test-support/fake-credentials.js';

const ACCOUNT = '123456789012';
const TRIALS_PER_SIGNAL = 4;
/** Stop moments, in ms after start: from before the first create to the middle of the run. */
const EARLIEST = 2_500;
const LATEST = 12_000;

let emulator: RunningEmulator;
let sts: { url: string; close(): Promise<void> };
beforeAll(async () => {
  emulator = await startEmulator({ accountId: ACCOUNT, connectionQuota: 10 });
  sts = await startFakeSts(ACCOUNT);
});
afterAll(async () => {
  await emulator.close();
  await sts.close();
});

const env = {
  AWS_ACCESS_KEY_ID: fakeAccessKeyId('fakekilltest0001'),
  AWS_SECRET_ACCESS_KEY: 'fake-kill-test-secret',
  AWS_REGION: 'us-east-1',
  CONFORMANCE_TEST_TREAT_LOOPBACK_AS_LIVE: '1',
};
const liveFlags = (): string[] => [
  '--endpoint',
  emulator.url,
  '--live',
  '--account',
  ACCOUNT,
  '--sts-endpoint',
  sts.url,
];

async function connectionsLeft(): Promise<string[]> {
  const { client } = createClient({
    ...targetConfigFromEnv({}),
    kind: 'endpoint',
    endpoint: emulator.url,
  });
  const out = await client.send(new ListConnectionsCommand({}));
  client.destroy();
  return (out.ConnectionSummaryList ?? []).map((c) => c.ConnectionName ?? '');
}

/** Connections a SIGINT run left after its own cleanup (a known race, swept afterwards). */
const leftAfterOwnCleanup: number[] = [];
/** Connections each SIGKILL trial left for the sweep: the proof is vacuous if all are 0. */
const leftBeforeSweep: number[] = [];

const trials = [
  ...Array<'SIGINT'>(TRIALS_PER_SIGNAL).fill('SIGINT'),
  ...Array<'SIGKILL'>(TRIALS_PER_SIGNAL).fill('SIGKILL'),
];

test.each(trials.map((signal, i) => [i + 1, signal] as const))(
  'trial %i: %s at a random moment, then sweep: no connection remains',
  async (_trial, signal) => {
    const ledger = join(mkdtempSync(join(tmpdir(), 'kill-')), 'ledger.jsonl');
    const run = spawnScript(
      'conformance.ts',
      [...liveFlags(), '--rate', '200', '--ledger', ledger],
      env,
    );
    const delay = EARLIEST + Math.floor(Math.random() * (LATEST - EARLIEST));
    await new Promise((r) => setTimeout(r, delay));
    // The whole process group, as a terminal's Ctrl-C or a CI runner's kill does.
    if (run.child.pid) process.kill(-run.child.pid, signal);
    const exit = await within(run.exited, 90_000, `${signal} after ${delay} ms`);
    if (signal === 'SIGINT' && exit.code !== null) {
      // Unless it had already finished, the run stopped itself and cleaned up.
      expect([0, 1, 130], run.output().stderr).toContain(exit.code);
      // A create in flight when the run's own cleanup lists connections can finish after it:
      // what the run leaves is recorded here; the sweep below must remove it.
      if (exit.code === 130) leftAfterOwnCleanup.push((await connectionsLeft()).length);
    }
    leftBeforeSweep.push(signal === 'SIGKILL' ? (await connectionsLeft()).length : 0);
    const sweep = spawnScript('sweep.ts', [...liveFlags(), '--ledger', ledger], env);
    const swept = await within(sweep.exited, 60_000, 'sweep');
    expect(swept.code, sweep.output().stderr).toBe(0);
    expect(await connectionsLeft(), `left after ${signal} at ${delay} ms and a sweep`).toEqual([]);
  },
  180_000,
);

test('the kills really left connections behind for the sweep to find', () => {
  console.log(`left after a SIGINT run's own cleanup: ${JSON.stringify(leftAfterOwnCleanup)}`);
  expect(leftBeforeSweep).toHaveLength(trials.length);
  expect(Math.max(...leftBeforeSweep)).toBeGreaterThan(0);
});
