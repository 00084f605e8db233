// The gate proves itself: run as a user would (npm run mutation-score), every deviation of the
// emulator must be caught, the faithful emulator and every allowed variant must pass, every
// requirement must be verified by some check (or be listed as not coverable, with a reason), and
// every check that can fail a target must have been seen failing on some deviation.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { REQUIREMENTS } from '../contract/index.js';
import { runScript } from '../test-support/run-script.js';
import notCovered from '../suites/not-covered.json' with { type: 'json' };
import type { MutationScore } from './mutation-score.js';

const CREATE = 'suites/create-connection/invalid-input.suite.ts > an input that breaks only';
const LIST = 'suites/list-connections/invalid-input.suite.ts > a ListConnections';
const SHAPES = 'suites/wire/request-shapes.suite.ts >';

/**
 * Checks no deviation can fail without breaking a second rule, with the reason. The model states
 * some limits twice: a target that skips one still refuses through the other.
 */
const UNFAILABLE: Record<string, string> = {
  [`${CREATE} shape.ConnectionName.length is rejected and creates nothing [CONN-INVALID-REJECTED shape.ConnectionName.length]`]:
    'the ConnectionName pattern {3,31} restates the length: every name of the wrong length also fails the pattern',
  [`${LIST} ConnectionName that breaks only shape.ConnectionName.length is rejected [CONN-INVALID-REJECTED shape.ConnectionName.length]`]:
    'the ConnectionName pattern {3,31} restates the length: every name of the wrong length also fails the pattern',
  [`${LIST} NextToken that breaks only shape.NextToken.length is rejected [CONN-INVALID-REJECTED shape.NextToken.length]`]:
    'a token of the wrong length was never issued: InvalidRequestException is the right answer either way',
};

const RESPONSES = 'suites/wire/response-schemas.suite.ts > a successful';

/**
 * Checks not yet shown failing on a deviation, and why. Kept exact, so the list shrinks as
 * deviations are added: a body that is not an object is refused by the emulator's decoder before
 * it knows the operation, so no deviation breaks one operation's body-type rule alone; the
 * required-members deviation of CreateConnection still refuses a missing name (the name is
 * checked again when it is stored); and no deviation yet malforms the answers of these five
 * operations without breaking a behavioural requirement first.
 */
const KNOWN_GAPS = [
  `${SHAPES} CreateConnection refuses a body without ConnectionName [CONN-INVALID-REJECTED shape.CreateConnectionRequest.required]`,
  `${RESPONSES} CreateConnection answer validates against CreateConnectionResponse [shape.AppRunnerResourceArn.type shape.AppRunnerResourceArn.length shape.AppRunnerResourceArn.pattern shape.Connection.type shape.ConnectionName.type shape.ConnectionName.length shape.ConnectionName.pattern shape.ConnectionStatus.type shape.ConnectionStatus.enum shape.CreateConnectionResponse.type shape.CreateConnectionResponse.required shape.ProviderType.type shape.ProviderType.enum shape.Timestamp.type]`,
  `${RESPONSES} DeleteConnection answer validates against DeleteConnectionResponse [shape.AppRunnerResourceArn.type shape.AppRunnerResourceArn.length shape.AppRunnerResourceArn.pattern shape.Connection.type shape.ConnectionName.type shape.ConnectionName.length shape.ConnectionName.pattern shape.ConnectionStatus.type shape.ConnectionStatus.enum shape.DeleteConnectionResponse.type shape.ProviderType.type shape.ProviderType.enum shape.Timestamp.type]`,
  `${RESPONSES} ListTagsForResource answer validates against ListTagsForResourceResponse [shape.ListTagsForResourceResponse.type shape.Tag.type shape.TagKey.type shape.TagKey.length shape.TagKey.pattern shape.TagList.type shape.TagValue.type shape.TagValue.length shape.TagValue.pattern]`,
  `${RESPONSES} TagResource answer validates against TagResourceResponse [shape.TagResourceResponse.type]`,
  `${RESPONSES} UntagResource answer validates against UntagResourceResponse [shape.UntagResourceResponse.type]`,
  `${CREATE} shape.CreateConnectionRequest.type is rejected and creates nothing [CONN-INVALID-REJECTED shape.CreateConnectionRequest.type]`,
  ...[
    'CreateConnection',
    'ListConnections',
    'DeleteConnection',
    'TagResource',
    'UntagResource',
    'ListTagsForResource',
  ].map(
    (op) =>
      `${SHAPES} ${op} refuses a body that is not a JSON object [CONN-INVALID-REJECTED shape.${op}Request.type]`,
  ),
];

let score: MutationScore;
let exit: number | null;
beforeAll(() => {
  const out = join(mkdtempSync(join(tmpdir(), 'mutation-')), 'score.json');
  // A fixed seed: the same inputs every time, so a deviation is never missed by chance.
  const r = runScript(
    'mutation-score.ts',
    ['--runs', '10', '--seed', '1', '--json', out],
    {},
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
  const failed = new Set(score.mutants.flatMap((m) => m.failedChecks));
  const observeOnly = (ids: string[]) =>
    ids.every((id) => REQUIREMENTS.get(id as never)?.level === 'OBSERVE');
  const never = score.faithful.checks
    .filter((c) => !observeOnly(c.requirements) && !failed.has(c.id) && !(c.id in UNFAILABLE))
    .map((c) => c.id);
  expect(never.sort()).toEqual([...KNOWN_GAPS].sort());
});
