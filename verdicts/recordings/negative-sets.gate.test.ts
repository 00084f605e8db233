// Every negative set (fixtures/negative/<deviation>: the test files whose checks failed when the
// suites ran against the emulator with that deviation) must, replayed, fail exactly the
// requirement the deviation breaks (negative-expectations.ts), in every file it holds. That the
// rest of that run failed nothing else was checked when it was recorded (npm run record-fixtures
// writes no set otherwise). Together the sets must show every check that can fail failing on a
// recorded bad response. Each set is replayed once.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { failableChecks, proofId } from '../failable-checks.js';
import { fixtureSetDir } from '../../harness/fixtures/fixture-set.js';
import { expectedFailures } from './negative-expectations.js';
import { failedMust, replaySet, type Replayed } from '../../test-support/fixtures/replay-run.js';

const sets = readdirSync(fixtureSetDir('fixtures/negative')).sort();

const replays = new Map<string, Replayed>();
let faithful: Replayed;

beforeAll(async () => {
  const started = performance.now();
  // The checks a faithful run has: what the sets' failures are counted against.
  faithful = await replaySet('fixtures/recorded');
  for (const [i, name] of sets.entries()) {
    replays.set(name, await replaySet(`fixtures/negative/${name}`));
    // Minutes in all: one line per set shows the run moving.
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    process.stderr.write(`negative sets: ${i + 1}/${sets.length} ${name} (${seconds} s)\n`);
  }
  console.log(
    `replay of fixtures/recorded and ${sets.length} negative sets: ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}, 1_800_000);

describe('fixtures/negative', () => {
  test('holds sets', () => {
    expect(sets.length).toBeGreaterThan(0);
  });

  test.each(sets)('%s fails exactly the requirement it breaks', (name) => {
    const { report, journal } = replays.get(name)!;
    expect(failedMust(report)).toEqual(expectedFailures(name));
    expect(journal.flatMap((o) => [...o.unrecorded, ...o.strays])).toEqual([]);
  });

  test('every check that can fail is shown failing on a recorded bad response', () => {
    expect(faithful.report.summary.verdict).toBe('pass');
    const failed = new Set(
      [...replays.values()].flatMap((r) =>
        r.report.checks.filter((c) => c.state === 'fail').map((c) => proofId(c.id)),
      ),
    );
    const failable = failableChecks(faithful.report.checks);
    const shown = failable.filter((id) => failed.has(id));
    console.log(
      `negative sets: ${shown.length} of ${failable.length} checks shown failing on a recorded bad response`,
    );
    expect(failable.filter((id) => !failed.has(id)).sort()).toEqual([]);
  });
});
