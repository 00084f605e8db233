// The verdict as a person reads it at the end of a run: counts per outcome, then each failure
// with what was sent, what came back, what was expected and how to replay it, then observations.
import type { ConformanceReport, CheckResult, RequirementVerdict } from './model.js';

const MAX_BODY = 300;
const clip = (s: string): string => (s.length > MAX_BODY ? `${s.slice(0, MAX_BODY)}…` : s);

function failureLines(r: RequirementVerdict, checks: Map<string, CheckResult>): string[] {
  const lines = [`FAIL ${r.id} (${r.level}) ${r.statement}`];
  for (const id of r.failedChecks) {
    const c = checks.get(id);
    if (!c) continue;
    lines.push(`  check:    ${c.id}`);
    const firstLines = (c.error ?? '')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .slice(0, 3);
    for (const l of firstLines) lines.push(`  got:      ${clip(l)}`);
    const last = c.exchanges?.at(-1);
    if (last) {
      lines.push(`  sent:     ${last.operation || '(no target)'} ${clip(last.request.body)}`);
      lines.push(`  received: HTTP ${last.response.status} ${clip(last.response.body)}`);
    }
    if (c.replay) lines.push(`  replay:   ${c.replay}`);
  }
  return lines;
}

export function renderConsoleSummary(report: ConformanceReport): string {
  const checks = new Map(report.checks.map((c) => [c.id, c]));
  const { counts } = report.summary;
  const out: string[] = [''];
  for (const e of report.errors ?? []) out.push(`ERROR outside the checks: ${clip(e)}`, '');
  for (const r of report.requirements.filter((v) => v.outcome === 'fail'))
    out.push(...failureLines(r, checks), '');
  for (const r of report.requirements.filter((v) => v.outcome === 'unverified')) {
    out.push(`UNVERIFIED ${r.id} (${r.level}) ${r.statement}`);
    for (const b of r.blockedBy ?? [])
      out.push(`  check:    ${b.check}`, `  blocked:  ${clip(b.reason)}`);
    out.push('');
  }
  for (const r of report.requirements.filter((v) => v.outcome === 'unexpected-pass')) {
    out.push(
      `UNEXPECTED PASS ${r.id}: listed as a known failure (${r.expectation?.reason ?? ''}) but it passes now; remove it from the expectations file`,
      '',
    );
  }
  const observed = report.requirements.filter((r) => r.outcome === 'observed');
  if (observed.length > 0) {
    out.push('Observed (reported, never failed):');
    for (const r of observed)
      out.push(
        `  ${r.id}: ${clip(JSON.stringify(r.observations.length === 1 ? r.observations[0] : r.observations))}`,
      );
    out.push('');
  }
  const expected = report.requirements.filter((r) => r.outcome === 'expected-fail');
  for (const r of expected) out.push(`expected failure ${r.id}: ${r.expectation?.reason ?? ''}`);
  out.push(
    `Requirements: ${counts.pass} pass, ${counts.fail} fail, ${counts.unverified} unverified, ${counts['expected-fail']} expected failure, ` +
      `${counts['unexpected-pass']} unexpected pass, ${counts.observed} observed, ${counts.skipped} skipped, ${counts['not-covered']} not covered`,
    `Checks: ${report.summary.checks.pass} passed, ${report.summary.checks.fail} failed, ${report.summary.checks.skip} skipped, ${report.summary.checks.incomplete} incomplete; ${report.summary.cases} cases in ${(report.run.durationMs / 1000).toFixed(1)} s`,
    `Verdict: ${report.summary.verdict.toUpperCase()} for ${report.target.label}`,
  );
  return `${out.join('\n')}\n`;
}
