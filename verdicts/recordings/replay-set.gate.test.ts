// The shipped recording, replayed offline as `npm run conformance -- --fixtures` does.
import { readdirSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { deviationNamed } from '../../emulator/deviations/index.js';
import { fixtureSetDir, readFixtureSet } from '../../harness/fixtures/fixture-set.js';
import { replaySet, type Replayed } from '../../test-support/fixtures/replay-run.js';

const set = readFixtureSet('fixtures/recorded');
let replayed: Replayed;
let seconds = 0;

beforeAll(async () => {
  const started = performance.now();
  replayed = await replaySet('fixtures/recorded');
  seconds = (performance.now() - started) / 1000;
  console.log(
    `replay of fixtures/recorded (${set.files.size} test files): ${seconds.toFixed(1)} s`,
  );
}, 600_000);

describe('replay of fixtures/recorded', () => {
  test('passes every check (but those that need a control interface, which fixtures have not)', () => {
    const failed = replayed.report.checks
      .filter((c) => c.state !== 'pass' && !(c.state === 'skip' && c.notCoveredBecause))
      .map((c) => `${c.id}: ${c.error ?? c.state}`);
    expect(failed).toEqual([]);
    expect(replayed.report.summary.verdict).toBe('pass');
    expect(replayed.progress).not.toMatch(/FAIL/);
  });

  test('runs with the seed, runs and target the set was recorded with', () => {
    expect(replayed.report.run).toMatchObject({ seed: set.run.seed, runs: set.run.runs });
    expect(replayed.report.target).toMatchObject({ kind: 'fixtures', region: set.run.region });
  });

  test('replays every test file of the set', () => {
    expect(replayed.journal.map((o) => o.testFile).sort()).toEqual([...set.files.keys()].sort());
  });

  test('answers every request from the fixtures: none unrecorded, none refused by msw, none left over', () => {
    for (const outcome of replayed.journal) {
      expect(outcome, outcome.testFile).toMatchObject({ unrecorded: [], strays: [], unused: 0 });
      expect(outcome.requests, outcome.testFile).toBeGreaterThan(0);
    }
  });
});

describe('fixtures/negative', () => {
  test('every behavioural MUST requirement the suites cite has a negative set that breaks it', () => {
    const covered = new Set(
      readdirSync(fixtureSetDir('fixtures/negative')).map(
        (name) => deviationNamed(name).breaks as string,
      ),
    );
    // One only checks that need a control interface cite is not covered here: fixtures answer
    // what was recorded and take no control requests, so no recorded set can break it.
    const cited = replayed.report.requirements.filter(
      (r) =>
        r.level === 'MUST' &&
        !r.id.startsWith('shape.') &&
        r.checks.length > 0 &&
        r.outcome !== 'not-covered',
    );
    expect(cited.map((r) => r.id).filter((id) => !covered.has(id))).toEqual([]);
  });
});
