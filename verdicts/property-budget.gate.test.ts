// Properties run within a time budget: against a slow target one that runs out of time ends
// with what it verified (its requirements unverified, never "Test timed out"), and one that
// fails keeps its counterexample and gets one replay command. The target is an emulator behind
// a proxy on 127.0.0.1 that holds every answer; each run is one small suite file.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { startDelayingProxy, type DelayingProxy } from '../test-support/delaying-proxy.js';
import { spawnScript, within } from '../test-support/spawn-script.js';

const RUN_MS = 150_000;
const FILE = 'suites/create-connection/valid-names.suite.ts';
/** Long enough for a few cases through the proxy, far too short for 100. */
const BUDGET_MS = 3_000;
const DELAY_MS = 150;

let faithful: RunningEmulator;
let broken: RunningEmulator;
let slow: DelayingProxy;
let slowBroken: DelayingProxy;

beforeAll(async () => {
  [faithful, broken] = await Promise.all([
    startEmulator(),
    startEmulator({ deviation: 'name-max-off-by-one' }),
  ]);
  [slow, slowBroken] = await Promise.all([
    startDelayingProxy(faithful.url, DELAY_MS),
    startDelayingProxy(broken.url, DELAY_MS),
  ]);
});
afterAll(async () => {
  await Promise.all([slow, slowBroken].map((p) => p.close()));
  await Promise.all([faithful, broken].map((e) => e.close()));
});

async function gate(endpoint: string) {
  const run = spawnScript('conformance.ts', [
    '--endpoint',
    endpoint,
    '--seed',
    '1',
    '--only',
    FILE,
    '--property-budget-ms',
    String(BUDGET_MS),
  ]);
  const { code } = await within(run.exited, RUN_MS, `conformance against ${endpoint}`);
  return { code, ...run.output() };
}

test(
  'a property past its budget is incomplete: its requirements unverified, exit 3, no timeout',
  async () => {
    const { code, stdout } = await gate(slow.url);
    expect(code, stdout).toBe(3);
    expect(stdout).toMatch(/^UNVERIFIED shape\.ConnectionName\.length \(MUST\)/m);
    expect(stdout).toMatch(/blocked: {2}ran \d+ of 100 cases within its 3 s time budget/);
    expect(stdout).toMatch(/0 failed, 0 skipped, 1 incomplete/);
    expect(stdout).not.toMatch(/timed out/i);
    // Budgets are sized from the round trip preflight measured through the proxy.
    const roundTrip = Number(/^Round trip: (\d+) ms/m.exec(stdout)?.[1]);
    expect(roundTrip).toBeGreaterThanOrEqual(DELAY_MS);
  },
  RUN_MS,
);

test(
  'a failure found within the budget keeps its counterexample and gets one replay command',
  async () => {
    const { code, stdout } = await gate(slowBroken.url);
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(/^FAIL shape\.ConnectionName\.length \(MUST\)/m);
    expect(stdout).toMatch(/got: +counterexample: /);
    const replays = stdout.match(/^ {2}replay: .*$/gm) ?? [];
    expect(replays).toHaveLength(1);
    expect(replays[0]).toMatch(
      /npm run conformance -- --endpoint \S+ --region us-east-1 .*--seed 1 --only '.+' --test '.+' --replay-path '[\d:]+'/,
    );
    expect(stdout).not.toMatch(/npx vitest run/);
  },
  RUN_MS,
);
