// The cleanup proof: a live run (the emulator treated as a real account) is stopped at random
// moments, by SIGINT (the run cleans up itself, exit 130, and nothing may remain) and by SIGKILL
// of its whole process group (nothing runs after it; `npm run sweep` must find the leftovers from
// the ledger and the run tags, and nothing may remain after it). The moment is random in the
// run's progress, not in wall time: after a random number of creates, while the ledger says a
// connection exists, so that every trial kills a run holding something to clean up, whatever
// the machine's speed. Bounded: a fixed number of trials, each with a time limit.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { expect, test } from 'vitest';
import { useLiveHarness } from '../test-support/live-harness.js';
import { spawnScript, within } from '../test-support/spawn-script.js';
import { outstanding, readLedger } from './ledger.js';

const TRIALS_PER_SIGNAL = 4;
/** A stop comes after this many creates at most (a full live run makes about 150). */
const MOST_CREATES_BEFORE_STOP = 60;

const live = useLiveHarness({ keyIdTag: 'fakekilltest0001', secret: 'fake-kill-test-secret' });
const connectionsLeft = (): Promise<string[]> => live.connectionsLeft();

/**
 * Waits until the run has sent `creates` creates and holds a connection it has not deleted (a
 * poll of its ledger), or has exited. Answers how many it held at that moment.
 */
async function stopMoment(ledger: string, creates: number, exited: Promise<unknown>) {
  let done = false;
  void exited.then(() => (done = true));
  const deadline = Date.now() + 60_000;
  while (!done && Date.now() < deadline) {
    const events = readLedger(ledger);
    const sent = events.filter((e) => e.event === 'intent').length;
    const held = outstanding(events).arns.length;
    if (sent >= creates && held > 0) return held;
    await sleep(5);
  }
  return 0;
}

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
      [...live.flags(), '--rate', '200', '--ledger', ledger],
      live.env,
    );
    const creates = 1 + Math.floor(Math.random() * MOST_CREATES_BEFORE_STOP);
    const held = await stopMoment(ledger, creates, run.exited);
    // The whole process group, as a terminal's Ctrl-C or a CI runner's kill does.
    if (run.child.pid) process.kill(-run.child.pid, signal);
    const when = `${signal} after ${creates} creates, holding ${held}`;
    const exit = await within(run.exited, 90_000, when);
    if (signal === 'SIGINT') {
      // The run stopped itself, cleaned up, and left nothing, in-flight creates included.
      expect(exit.code, run.output().stderr).toBe(130);
      const left = await connectionsLeft();
      const story = readLedger(ledger).filter((e) => 'name' in e && left.includes(e.name ?? ''));
      expect(
        left,
        `left by the run's own cleanup after ${when}; ledger: ${JSON.stringify(story)}; output: ${run.output().stdout.slice(-600)}`,
      ).toEqual([]);
    }
    leftBeforeSweep.push(signal === 'SIGKILL' ? (await connectionsLeft()).length : 0);
    const sweep = spawnScript('sweep.ts', [...live.flags(), '--ledger', ledger], live.env);
    const swept = await within(sweep.exited, 60_000, 'sweep');
    expect(swept.code, sweep.output().stderr).toBe(0);
    expect(await connectionsLeft(), `left after ${when} and a sweep`).toEqual([]);
  },
  180_000,
);

test('the kills really left connections behind for the sweep to find', () => {
  console.log(`left by SIGKILL trials for the sweep: ${JSON.stringify(leftBeforeSweep)}`);
  expect(leftBeforeSweep).toHaveLength(trials.length);
  expect(Math.max(...leftBeforeSweep)).toBeGreaterThan(0);
});
