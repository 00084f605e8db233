// A recorded bad answer must fail the check that reads it, and only that one; a request the
// fixtures do not hold must fail the run and say which request it was.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readFixtureSet } from '../../harness/fixtures/fixture-set.js';
import type { FixtureExchange, RecordedFixture } from '../../harness/fixtures/model.js';
import { failedMust, replaySet, type Replayed } from '../../test-support/fixtures/replay-run.js';
import { brokenBy } from '../aggregate.js';
import { AUDIT_CHECK_NAME } from '../wire-audit-check.js';

const recorded = readFixtureSet('fixtures/recorded');

/** Test file -> how its recorded exchanges are altered. */
const ALTERED: Record<string, (exchanges: FixtureExchange[]) => void> = {
  // The deleted connection is answered as if it were still there.
  'suites/delete-connection/returns-deleted.suite.ts': (xs) => {
    for (const x of xs.filter((x) => x.operation === 'DeleteConnection')) {
      x.response.body = x.response.body.replace('"Status":"DELETED"', '"Status":"AVAILABLE"');
    }
  },
  // No answer carries a request id.
  'suites/wire/headers.suite.ts': (xs) => {
    for (const x of xs) delete x.response.headers['x-amzn-requestid'];
  },
  // The suite now asks for another name than was recorded.
  'suites/list-connections/filter-by-name.suite.ts': (xs) => {
    const list = xs.find((x) => x.operation === 'ListConnections');
    if (list)
      list.request.body = list.request.body.replace(
        /"ConnectionName":"[^"]*"/,
        '"ConnectionName":"fx-never-asked"',
      );
  },
};

let dir: string;
let replayed: Replayed;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'altered-fixtures-'));
  for (const [testFile, alter] of Object.entries(ALTERED)) {
    const source = recorded.files.get(testFile);
    if (!source) throw new Error(`fixtures/recorded has no ${testFile}`);
    const fixture = JSON.parse(readFileSync(source, 'utf8')) as RecordedFixture;
    alter(fixture.exchanges);
    const target = join(dir, `${testFile}.json`);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, JSON.stringify(fixture));
  }
  replayed = await replaySet(dir);
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('replay of altered fixtures', () => {
  test('fails exactly the requirements whose recorded answers were broken', () => {
    expect(failedMust(replayed.report)).toEqual([
      'DELETE-RETURNS-DELETED',
      'LIST-FILTER-NAME',
      'WIRE-REQUEST-ID',
    ]);
  });

  test('a changed Status fails the DeleteConnection check with what it saw', () => {
    const failed = replayed.report.checks.filter(
      (c) => c.file.endsWith('returns-deleted.suite.ts') && c.state === 'fail',
    );
    expect(failed.map((c) => c.brokenRequirements)).toEqual([['DELETE-RETURNS-DELETED']]);
    expect(failed[0]?.error).toMatch(/Status is AVAILABLE/);
  });

  test("a missing request id fails only the request-id check and the file's wire audit", () => {
    const failed = replayed.report.checks.filter(
      (c) => c.file.endsWith('headers.suite.ts') && c.state === 'fail',
    );
    expect(failed.map((c) => c.name)).toEqual([
      'every response, success or error, carries x-amzn-RequestId [WIRE-REQUEST-ID]',
      AUDIT_CHECK_NAME,
    ]);
    expect(failed.map(brokenBy)).toEqual([['WIRE-REQUEST-ID'], ['WIRE-REQUEST-ID']]);
  });

  test('an unrecorded request fails the run, naming the request', () => {
    const outcome = replayed.journal.find((o) => o.testFile.endsWith('filter-by-name.suite.ts'));
    expect(outcome?.unrecorded[0]).toMatch(
      /X-Amz-Target AppRunner\.ListConnections, body \{"ConnectionName":"fx-/,
    );
    expect(replayed.report.summary.verdict).toBe('fail');
    expect(replayed.progress).toMatch(/FAIL suites\/list-connections\/filter-by-name\.suite\.ts/);
  });

  test('no request left the process', () => {
    expect(replayed.journal.flatMap((o) => o.strays)).toEqual([]);
  });
});
