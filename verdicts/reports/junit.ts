// The report as JUnit XML, for CI systems: one <testsuite> per test file, one <testcase> per
// check. A check fails here when it made a requirement's verdict fail (see check-status.ts).
import type { CheckResult, ConformanceReport } from '../model.js';
import { checkStatus, verdictIndex, type VerdictIndex } from './check-status.js';
import { escapeMarkup, escapeXmlAttribute } from './escape.js';
import { failureText } from './exchange-text.js';

/** CI systems show the message on one line; the full text is in the body. */
const MESSAGE_MAX = 500;

const clip = (s: string): string => {
  const points = Array.from(s); // by code point, so an astral character is never cut in half
  return points.length > MESSAGE_MAX ? `${points.slice(0, MESSAGE_MAX).join('')}…` : s;
};

const attrs = (pairs: Record<string, string | number>): string =>
  Object.entries(pairs)
    .map(([k, v]) => ` ${k}="${escapeXmlAttribute(String(v))}"`)
    .join('');

const seconds = (ms: number): string => (ms / 1000).toFixed(3);

function properties(report: ConformanceReport): string {
  const { suite, spec, target, run, summary } = report;
  const pairs: (readonly [string, string | number])[] = [
    ['suite.name', suite.name],
    ['suite.version', suite.version],
    ['seed', run.seed],
    ['runs', run.runs],
    ['target', target.label],
    ['target.kind', target.kind],
    ...(target.endpoint === undefined ? [] : [['target.endpoint', target.endpoint] as const]),
    ['target.region', target.region],
    ['spec.source', spec.model.source],
    ['spec.commit', spec.model.commit],
    ['spec.sha256', spec.model.sha256],
    ['spec.apiVersion', spec.model.apiVersion],
    ['verdict', summary.verdict],
    ['command', run.command],
  ];
  const lines = pairs.map(([name, value]) => `      <property${attrs({ name, value })}/>`);
  return `    <properties>\n${lines.join('\n')}\n    </properties>`;
}

function testcase(
  check: CheckResult,
  index: VerdictIndex,
): { xml: string; failed: boolean; skipped: boolean } {
  const status = checkStatus(check, index);
  const open = `    <testcase${attrs({ classname: check.file, name: check.name, time: seconds(check.durationMs) })}`;
  const children: string[] = [];
  if (status.kind === 'failed') {
    const body = check.state === 'fail' ? failureText(check) : status.message;
    children.push(
      `      <failure${attrs({ message: clip(status.message), type: status.type })}>${escapeMarkup(body)}</failure>`,
    );
  } else if (status.kind === 'skipped') {
    children.push(`      <skipped${attrs({ message: clip(status.message) })}/>`);
  }
  // What a failure that does not count still showed, and what an OBSERVE check saw.
  const out = [
    ...(check.state === 'fail' && status.kind !== 'failed' ? [failureText(check)] : []),
    ...(check.observations ?? []).map((o) => `${o.requirement}: ${JSON.stringify(o.value)}`),
  ];
  if (out.length > 0)
    children.push(`      <system-out>${escapeMarkup(out.join('\n'))}</system-out>`);
  const xml =
    children.length === 0 ? `${open}/>` : `${open}>\n${children.join('\n')}\n    </testcase>`;
  return { xml, failed: status.kind === 'failed', skipped: status.kind === 'skipped' };
}

export function renderJunit(report: ConformanceReport): string {
  const index = verdictIndex(report);
  const files = new Map<string, CheckResult[]>();
  for (const c of report.checks) files.set(c.file, [...(files.get(c.file) ?? []), c]);
  const totals = { tests: 0, failures: 0, skipped: 0, ms: 0 };
  const suites = [...files].map(([file, checks]) => {
    const cases = checks.map((c) => testcase(c, index));
    const counts = {
      tests: checks.length,
      failures: cases.filter((c) => c.failed).length,
      skipped: cases.filter((c) => c.skipped).length,
      ms: checks.reduce((n, c) => n + c.durationMs, 0),
    };
    totals.tests += counts.tests;
    totals.failures += counts.failures;
    totals.skipped += counts.skipped;
    totals.ms += counts.ms;
    const head = attrs({
      name: file,
      tests: counts.tests,
      failures: counts.failures,
      errors: 0,
      skipped: counts.skipped,
      time: seconds(counts.ms),
      timestamp: report.run.startedAt,
    });
    return `  <testsuite${head}>\n${properties(report)}\n${cases.map((c) => c.xml).join('\n')}\n  </testsuite>`;
  });
  const head = attrs({
    name: `${report.suite.name} ${report.suite.version}: ${report.target.label}`,
    tests: totals.tests,
    failures: totals.failures,
    errors: 0,
    skipped: totals.skipped,
    time: seconds(report.run.durationMs),
  });
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites${head}>\n${suites.join('\n')}\n</testsuites>\n`;
}
