// report.schema.json against realistic reports, broken ones, and verdicts/model.ts itself: a
// report that sets every optional member must validate and must use every member the schema
// declares, and a report with only the required members must lose validity with any one removed.
import { describe, expect, test } from 'vitest';
import { sampleReport } from '../../test-support/sample-report.js';
import type { ConformanceReport } from '../model.js';
import schema from '../report.schema.json' with { type: 'json' };
import { isConformanceReport, reportProblems } from './validate-report.js';

/** T with every optional member made required, all the way down. */
type Complete<T> = T extends (infer U)[]
  ? Complete<U>[]
  : T extends object
    ? { [K in keyof T]-?: Complete<T[K]> }
    : T;

const exchange = {
  operation: 'TagResource',
  request: {
    headers: {
      'x-amz-target': 'AppRunner.TagResource',
      'content-type': 'application/x-amz-json-1.0',
    },
    body: '{"ResourceArn":"arn:aws:apprunner:us-east-1:000000000000:connection/cc/0123","Tags":[]}',
  },
  response: { status: 200, headers: { 'content-type': 'application/x-amz-json-1.0' }, body: '{}' },
  sentAt: 1748779200000,
  receivedAt: 1748779200012,
};

// Compiles only while it names every member of the model: a member added to model.ts (required
// or optional) breaks the typecheck here until this report, and so the schema test, carries it.
const full: Complete<ConformanceReport> = {
  reportVersion: 1,
  suite: { name: 'apprunner-connection-conformance', version: '0.1.0' },
  spec: {
    model: {
      source: 'aws/api-models-aws:apprunner/service/2020-05-15/apprunner-2020-05-15.json',
      commit: '56c8953e87aeead95ae5e66a3ca6a355731db6ad',
      sha256: 'f05c12edbe0a1e991cdae17410720f297aad1234ea49b920ac907ae5f55b18c3',
      apiVersion: '2020-05-15',
    },
    deriveSpecVersion: '1.0.0',
  },
  target: {
    kind: 'endpoint',
    label: 'moto',
    endpoint: 'http://127.0.0.1:5000',
    region: 'eu-west-1',
  },
  run: {
    seed: 7,
    runs: 50,
    startedAt: '2025-06-01T12:00:00Z',
    durationMs: 1500.5,
    command: 'npx tsx cli/conformance.ts --seed 7 --runs 50',
  },
  summary: {
    verdict: 'fail',
    counts: {
      pass: 0,
      fail: 1,
      unverified: 0,
      'expected-fail': 0,
      'unexpected-pass': 0,
      observed: 0,
      skipped: 0,
      'not-covered': 0,
    },
    checks: { pass: 0, fail: 1, skip: 0, incomplete: 0 },
    cases: 1,
  },
  errors: ['suites/x.suite.ts: SyntaxError: Unexpected token'],
  live: {
    runId: 'cfm-1a2b',
    calls: 412,
    retried: { throttling: 3, transient: 1 },
    cleanup: { deleted: 3, failed: 0 },
  },
  requirements: [
    {
      id: 'TAG-ADD',
      level: 'MUST',
      confidence: 'documented',
      statement: 'TagResource adds tags.',
      outcome: 'fail',
      checks: ['suites/tagging/tag-resource.suite.ts > adds [TAG-ADD]'],
      failedChecks: ['suites/tagging/tag-resource.suite.ts > adds [TAG-ADD]'],
      observations: [{ any: 'json' }],
      blockedBy: [{ check: 'suites/tagging/tag-resource.suite.ts > adds [TAG-ADD]', reason: 'x' }],
      notCoveredBecause: 'no check of the files and tests this run selected cites it',
      expectation: { outcome: 'skip', reason: 'tagging is not implemented' },
    },
  ],
  checks: [
    {
      id: 'suites/tagging/tag-resource.suite.ts > adds [TAG-ADD]',
      file: 'suites/tagging/tag-resource.suite.ts',
      name: 'adds [TAG-ADD]',
      requirements: ['TAG-ADD'],
      state: 'fail',
      durationMs: 12,
      brokenRequirements: ['TAG-ADD'],
      error: 'the tag is missing [breaks TAG-ADD]',
      exchanges: [exchange],
      replay: "npx tsx cli/conformance.ts --seed 7 --test 'adds [TAG-ADD]'",
      observations: [{ requirement: 'TAG-ADD', value: null }],
      incomplete: 'ran no case',
      notCoveredBecause: 'the target declares no control interface',
    },
  ],
};

// Only what the model requires; also a ConformanceReport, so this too fails to compile when
// model.ts gains a required member.
const { errors: _errors, live: _live, ...fullWithoutErrors } = full;
const minimal: ConformanceReport = {
  ...fullWithoutErrors,
  target: { kind: 'fixtures', label: 'recorded', region: 'us-east-1' },
  requirements: [{ ...full.requirements[0]!, outcome: 'pass' as const, observations: [] }].map(
    ({ expectation: _e, blockedBy: _bl, notCoveredBecause: _n, ...rest }) => rest,
  ),
  checks: full.checks.map(
    ({
      brokenRequirements: _b,
      error: _e,
      exchanges: _x,
      replay: _r,
      observations: _o,
      incomplete: _i,
      notCoveredBecause: _nc,
      ...c
    }) => c,
  ),
};

const clone = <T>(v: T): T => structuredClone(v);

type Json = Record<string, unknown>;
const defs = schema.$defs as Record<string, Json>;
const deref = (s: Json): Json =>
  typeof s.$ref === 'string' ? (defs[s.$ref.replace('#/$defs/', '')] ?? s) : s;

/** Instance paths of schema-declared members that `doc` does not set. */
function unused(s: Json, doc: unknown, path: string): string[] {
  const sub = deref(s);
  if (Array.isArray(doc) && sub.items && typeof sub.items === 'object') {
    if (doc.length === 0) return [`${path}/[] (empty, so its items are not exercised)`];
    return doc.flatMap((d, i) => unused(sub.items as Json, d, `${path}/${i}`));
  }
  if (!sub.properties || typeof doc !== 'object' || doc === null) return [];
  return Object.entries(sub.properties as Record<string, Json>).flatMap(([k, p]) =>
    k in doc ? unused(p, (doc as Json)[k], `${path}/${k}`) : [`${path}/${k}`],
  );
}

/** Paths of every member of `doc`, except inside free-form maps (headers) and JSON values. */
function memberPaths(doc: unknown, path: (string | number)[] = []): (string | number)[][] {
  if (typeof doc !== 'object' || doc === null) return [];
  const last = path.at(-1);
  if (last === 'headers' || last === 'value' || last === 'observations') return [];
  return Object.entries(doc).flatMap(([k, v]) => {
    const key = Array.isArray(doc) ? Number(k) : k;
    return [...(Array.isArray(doc) ? [] : [[...path, key]]), ...memberPaths(v, [...path, key])];
  });
}

function without(doc: unknown, path: (string | number)[]): unknown {
  const copy = clone(doc) as Json;
  let at: Json = copy;
  for (const k of path.slice(0, -1)) at = at[k] as Json;
  delete at[path.at(-1)!];
  return copy;
}

describe('report.schema.json', () => {
  test('a realistic report validates, as written to disk', () => {
    const report = sampleReport();
    expect(reportProblems(report)).toEqual([]);
    expect(reportProblems(JSON.parse(JSON.stringify(report)))).toEqual([]);
  });

  test('a report full of markup, control characters and astral characters validates', () => {
    expect(reportProblems(JSON.parse(JSON.stringify(sampleReport({ hostile: true }))))).toEqual([]);
  });

  test.each<[string, (r: Json) => void, RegExp]>([
    ['a missing summary', (r) => delete r.summary, /\(top\) must have required property 'summary'/],
    [
      'an unknown outcome',
      (r) => ((r.requirements as Json[])[0]!.outcome = 'flaky'),
      /\/requirements\/0\/outcome must be equal to one of the allowed values/,
    ],
    [
      'an unknown level',
      (r) => ((r.requirements as Json[])[0]!.level = 'MAY'),
      /\/requirements\/0\/level/,
    ],
    [
      'an unknown check state',
      (r) => ((r.checks as Json[])[0]!.state = 'todo'),
      /\/checks\/0\/state/,
    ],
    ['an unknown member at the top', (r) => (r.extra = 1), /additional properties \(extra\)/],
    [
      'an unknown member in a verdict',
      (r) => ((r.requirements as Json[])[0]!.note = 'x'),
      /\/requirements\/0 must NOT have additional properties \(note\)/,
    ],
    [
      'a count missing for one outcome',
      (r) => delete ((r.summary as Json).counts as Json)['not-covered'],
      /\/summary\/counts must have required property 'not-covered'/,
    ],
    [
      'another report version',
      (r) => (r.reportVersion = 2),
      /\/reportVersion must be equal to constant/,
    ],
    [
      'a start time that is not a date-time',
      (r) => ((r.run as Json).startedAt = 'yesterday'),
      /\/run\/startedAt must match format "date-time"/,
    ],
    [
      'a spec sha256 that is not one',
      (r) => (((r.spec as Json).model as Json).sha256 = 'abc'),
      /\/spec\/model\/sha256 must match pattern/,
    ],
    [
      'a request header that could carry credentials',
      (r) => {
        const check = (r.checks as Json[]).find((c) => c.exchanges) as Json;
        const first = (check.exchanges as Json[])[0] as { request: { headers: Json } };
        first.request.headers.authorization = 'AWS4-HMAC-SHA256 Credential=...';
      },
      /\/exchanges\/0\/request\/headers must NOT have additional properties \(authorization\)/,
    ],
  ])('%s is rejected', (_what, breakIt, problem) => {
    const report = clone(sampleReport()) as unknown as Json;
    breakIt(report);
    expect(isConformanceReport(report)).toBe(false);
    expect(reportProblems(report).join('\n')).toMatch(problem);
  });
});

describe('report.schema.json and verdicts/model.ts agree', () => {
  test('a report with every optional member validates', () => {
    expect(reportProblems(full)).toEqual([]);
  });

  test('that report sets every member the schema declares', () => {
    expect(unused(schema as Json, full, '')).toEqual([]);
  });

  test('a report with only the required members validates', () => {
    expect(reportProblems(minimal)).toEqual([]);
  });

  test('removing any one member of that report makes it invalid', () => {
    const paths = memberPaths(minimal);
    expect(paths.length).toBeGreaterThan(30);
    const accepted = paths.filter((p) => isConformanceReport(without(minimal, p)));
    expect(accepted.map((p) => p.join('/'))).toEqual([]);
  });
});
