// The gate proves itself: run as a user would (npm run mutation-score), every deviation of the
// emulator must be caught, the faithful emulator and every allowed variant must pass, every
// requirement must be verified by some check (or be listed as not coverable, with a reason), and
// every check that can fail a target must have been seen failing on some deviation.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { REQUIREMENTS } from '../contract/index.js';
import { runScriptShowingProgress } from '../test-support/run-script.js';
import notCovered from '../suites/not-covered.json' with { type: 'json' };
import { failableChecks, proofId } from './failable-checks.js';
import type { MutationScore } from './mutation-score.js';

let score: MutationScore;
let exit: number | null;
beforeAll(async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'mutation-')), 'score.json');
  // A fixed seed: the same inputs every time, so a deviation is never missed by chance. The run
  // takes minutes: its lines (one per deviation and variant) show as they come.
  const r = await runScriptShowingProgress(
    'mutation-score.ts',
    ['--runs', '10', '--seed', '1', '--json', out],
    'mutation-score',
    1_500_000,
  );
  exit = r.status;
  score = JSON.parse(readFileSync(out, 'utf8')) as MutationScore;
}, 1_600_000);

test('the command exits 0', () => {
  expect(exit).toBe(0);
});

test('the faithful emulator passes the gate', () => {
  expect(score.faithful.failed).toEqual([]);
  expect(score.faithful.passed).toBe(true);
});

test('every deviation is caught: the gate fails the requirement it breaks', () => {
  expect(score.mutants.length).toBeGreaterThanOrEqual(40);
  expect(score.mutants.filter((m) => !m.caught).map((m) => `${m.name} (${m.breaks})`)).toEqual([]);
});

test('every variant (a freedom the contract leaves) passes, alone and all together', () => {
  expect(
    score.variants.filter((v) => !v.passed).map((v) => `${v.name}: ${v.failed.join(', ')}`),
  ).toEqual([]);
});

test('every requirement is verified by a check, or listed as not coverable with a reason', () => {
  const listed = Object.keys(notCovered.requirements);
  expect(score.faithful.uncited.sort()).toEqual(listed.sort());
  for (const id of listed) expect(REQUIREMENTS.has(id as never), id).toBe(true);
});

test('every check that can fail a target was seen failing on some deviation', () => {
  const failed = new Set(score.mutants.flatMap((m) => m.failedChecks.map(proofId)));
  const never = failableChecks(score.faithful.checks).filter((id) => !failed.has(id));
  expect(never).toEqual([]);
});
