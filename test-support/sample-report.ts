// A realistic ConformanceReport for the report writers' tests: the real requirement catalogue,
// one check per covered requirement, failures with the exchanges an endpoint could send back, and
// a summary computed the way verdicts/aggregate.ts computes it. Reports for several targets differ
// in which requirements fail, so a matrix has something to show.
import derived from '../spec/derived/constraint-requirements.json' with { type: 'json' };
import behaviour from '../spec/requirements.json' with { type: 'json' };
import type { Exchange } from '../harness/exchange-log.js';
import type {
  CheckResult,
  ConformanceReport,
  Outcome,
  RequirementVerdict,
} from '../verdicts/model.js';

/**
 * Text that breaks every markup format the reports use if it is not escaped: tags (one that
 * logs a console error when it is interpreted), entities, quotes, a CDATA end, XML-illegal
 * control characters, a lone surrogate, an astral character, Markdown table syntax and a
 * line break.
 */
export const HOSTILE =
  `<img src="x" onerror="console.error('injected')"><b>bold</b> & &amp; "dq" 'sq' ]]> ` +
  `ctl:\u0000\u0001\u0008\u000b\u000c\u001b\u007f lone:\ud800 nonchar:\ufffe ` +
  `astral:\u{1d11e}\u{1f600} | pipe` +
  '\nsecond line `tick`';

export interface SampleOptions {
  label?: string;
  kind?: ConformanceReport['target']['kind'];
  /** Shifts which requirements get the non-pass outcomes, so targets differ. */
  variant?: number;
  /** How many MUST requirements get each outcome other than pass. */
  plan?: Partial<
    Record<
      'fail' | 'unverified' | 'expected-fail' | 'unexpected-pass' | 'skipped' | 'not-covered',
      number
    >
  >;
  /** Put HOSTILE into everything an endpoint or a user controls. */
  hostile?: boolean;
}

const DEFAULT_PLAN = {
  fail: 2,
  unverified: 0,
  'expected-fail': 1,
  'unexpected-pass': 1,
  skipped: 1,
  'not-covered': 2,
};

const CATALOGUE = [...behaviour.requirements, ...derived.requirements] as {
  id: string;
  statement: string;
  level: 'MUST' | 'SHOULD' | 'OBSERVE';
  confidence: string;
}[];

/** The suite file a requirement's check would live in. */
function fileOf(id: string): string {
  if (id.startsWith('shape.')) return 'suites/create-connection/invalid-input.suite.ts';
  if (id.startsWith('WIRE-')) return 'suites/wire/headers.suite.ts';
  if (id.startsWith('TAG-')) return 'suites/tagging/tag-resource.suite.ts';
  if (id.startsWith('LIST-')) return 'suites/list-connections/pagination.suite.ts';
  if (id.startsWith('DELETE-')) return 'suites/delete-connection/returns-deleted.suite.ts';
  if (id.startsWith('OBS-')) return 'suites/wire/observations.suite.ts';
  return 'suites/create-connection/valid-input.suite.ts';
}

function exchanges(id: string, extra: string): Exchange[] {
  const sentAt = Date.parse('2025-06-01T12:00:01.000Z');
  const request = {
    headers: {
      'content-type': 'application/x-amz-json-1.0',
      'x-amz-target': 'AppRunner.CreateConnection',
    },
    body: JSON.stringify({ ConnectionName: 'cc-r7f3k2', ProviderType: 'GITHUB' }),
  };
  return [
    {
      operation: 'CreateConnection',
      request,
      response: {
        status: 200,
        headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'a1b2' },
        body: '{"Connection":{"ConnectionName":"cc-r7f3k2","Status":"PENDING_HANDSHAKE"}}',
      },
      sentAt,
      receivedAt: sentAt + 12,
    },
    {
      operation: 'CreateConnection',
      request,
      response: {
        status: 500,
        headers: { 'content-type': 'text/html' },
        body: `<html><body>internal error while checking ${id}${extra}</body></html>`,
      },
      sentAt: sentAt + 20,
      receivedAt: sentAt + 31,
    },
  ];
}

function checkFor(r: (typeof CATALOGUE)[number], outcome: Outcome, hostile: string): CheckResult {
  const file = fileOf(r.id);
  const name = `${r.id.toLowerCase().replace(/[^a-z0-9]+/g, ' ')} holds${hostile} [${r.id}]`;
  const id = `${file} > ${name}`;
  const base = { id, file, name, requirements: [r.id], durationMs: 5 + (r.id.length % 40) };
  if (outcome === 'skipped') return { ...base, state: 'skip' };
  if (outcome === 'fail' || outcome === 'expected-fail') {
    return {
      ...base,
      state: 'fail',
      brokenRequirements: [r.id],
      error: `expected HTTP 400, got 500${hostile} [breaks ${r.id}]\n    at check (${file}:12:7)`,
      exchanges: exchanges(r.id, hostile),
      replay: `npx tsx cli/conformance.ts --seed 1234 --only '${file}' --test '${name.replace(/'/g, `'\\''`)}'`,
    };
  }
  if (outcome === 'unverified') {
    return {
      ...base,
      state: 'pass',
      incomplete: `ran 3 of 100 cases in its time budget${hostile}`,
    };
  }
  if (outcome === 'observed') {
    return {
      ...base,
      state: 'pass',
      observations: [{ requirement: r.id, value: { status: 400, error: `Invalid${hostile}` } }],
    };
  }
  return { ...base, state: 'pass' };
}

function assignOutcomes(variant: number, plan: Required<NonNullable<SampleOptions['plan']>>) {
  const outcomes = new Map<string, Outcome>();
  const must = CATALOGUE.filter((r) => r.level !== 'OBSERVE');
  let next = (variant * 7) % must.length;
  for (const [outcome, n] of Object.entries(plan) as [Outcome, number][]) {
    for (let i = 0; i < n && outcomes.size < must.length; i++) {
      // Every third requirement, passing over those already given an outcome: with a catalogue
      // whose size is a multiple of three the stride alone comes back to the same third.
      while (outcomes.has(must[next % must.length]!.id)) next += 1;
      outcomes.set(must[next % must.length]!.id, outcome);
      next += 3;
    }
  }
  return outcomes;
}

export function sampleReport(options: SampleOptions = {}): ConformanceReport {
  const hostile = options.hostile ? ` ${HOSTILE}` : '';
  const planned = assignOutcomes(options.variant ?? 0, { ...DEFAULT_PLAN, ...options.plan });
  const checks: CheckResult[] = [];
  const requirements: RequirementVerdict[] = CATALOGUE.map((r) => {
    const outcome = r.level === 'OBSERVE' ? 'observed' : (planned.get(r.id) ?? 'pass');
    const check = outcome === 'not-covered' ? undefined : checkFor(r, outcome, hostile);
    if (check) checks.push(check);
    const expectation =
      outcome === 'expected-fail' || outcome === 'unexpected-pass'
        ? { outcome: 'fail' as const, reason: `known deviation${hostile}` }
        : outcome === 'skipped'
          ? { outcome: 'skip' as const, reason: `not implemented${hostile}` }
          : undefined;
    return {
      id: r.id,
      level: r.level,
      confidence: r.confidence,
      statement: r.statement,
      outcome,
      checks: check ? [check.id] : [],
      failedChecks: check?.state === 'fail' ? [check.id] : [],
      observations: check?.observations?.map((o) => o.value) ?? [],
      ...(outcome === 'unverified' &&
        check?.incomplete !== undefined && {
          blockedBy: [{ check: check.id, reason: check.incomplete }],
        }),
      ...(expectation && { expectation }),
    };
  });
  const counts = {
    pass: 0,
    fail: 0,
    unverified: 0,
    'expected-fail': 0,
    'unexpected-pass': 0,
    observed: 0,
    skipped: 0,
    'not-covered': 0,
  } satisfies Record<Outcome, number>;
  for (const r of requirements) counts[r.outcome] += 1;
  const must = requirements.filter((r) => r.level === 'MUST');
  const verdict = must.some((r) => r.outcome === 'fail' || r.outcome === 'unexpected-pass')
    ? 'fail'
    : must.some((r) => r.outcome === 'unverified')
      ? 'unverified'
      : 'pass';
  const state = (s: CheckResult['state']) =>
    checks.filter((c) => c.state === s && c.incomplete === undefined).length;
  const seed = 1234 + (options.variant ?? 0);
  return {
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
      kind: options.kind ?? 'endpoint',
      label: `${options.label ?? 'localstack'}${hostile}`,
      ...(options.kind !== 'emulator' && { endpoint: 'http://127.0.0.1:4566' }),
      region: 'us-east-1',
    },
    run: {
      seed,
      runs: 100,
      startedAt: '2025-06-01T12:00:00.000Z',
      durationMs: 48_213,
      command: `npx tsx cli/conformance.ts --endpoint http://127.0.0.1:4566 --seed ${seed} --runs 100`,
    },
    summary: {
      verdict,
      counts,
      checks: {
        pass: state('pass'),
        fail: state('fail'),
        skip: state('skip'),
        incomplete: checks.filter((c) => c.incomplete !== undefined).length,
      },
      cases: checks.reduce(
        (n, c) =>
          n + (c.state === 'skip' ? 0 : c.file.endsWith('invalid-input.suite.ts') ? 100 : 1),
        0,
      ),
    },
    requirements,
    checks,
  };
}

/** `report` with its verdict on `id` changed by `change`, everything else shared as it was. */
export function withVerdict(
  report: ConformanceReport,
  id: string,
  change: Partial<RequirementVerdict>,
): ConformanceReport {
  if (!report.requirements.some((v) => v.id === id)) throw new Error(`the report has no ${id}`);
  return {
    ...report,
    requirements: report.requirements.map((v) => (v.id === id ? { ...v, ...change } : v)),
  };
}
