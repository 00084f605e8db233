// The verdict in Markdown for a CI job summary ($GITHUB_STEP_SUMMARY): counts, then each
// requirement that fails the run with its first error line and the command that replays it.
// Everything from the report is escaped: a table cell must stay one cell on one line.
import type { CheckResult, ConformanceReport, RequirementVerdict } from '../model.js';
import { visibleControls } from './escape.js';
import { firstLine } from './exchange-text.js';
import { OUTCOMES, outcomeLabel } from './outcomes.js';

/** Job summaries are capped (1 MiB on GitHub); the full list is in report.html. */
const MAX_ROWS = 50;
const MAX_CELL = 300;

const oneLine = (s: string): string => visibleControls(s).replace(/\r\n|\r|\n/g, ' ');

const clip = (s: string): string => {
  const points = Array.from(s);
  return points.length > MAX_CELL ? `${points.slice(0, MAX_CELL).join('')}…` : s;
};

/** Plain text: Markdown and HTML syntax made literal, pipes escaped, one line. */
export function mdText(s: string): string {
  return oneLine(s)
    .replace(/[\\`*_[\]<>|~#!]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;');
}

/**
 * Monospace text. Not a backtick code span: inside one a backslash is literal, so a GFM table
 * cannot hold "\\|" there; as HTML <code>, the content is escaped like any other text.
 */
export function mdCode(s: string): string {
  return `<code>${mdText(s)}</code>`;
}

function blockingRow(v: RequirementVerdict, checks: ReadonlyMap<string, CheckResult>): string {
  if (v.outcome === 'unexpected-pass') {
    const why = `passes, but is expected to fail (${v.expectation?.reason ?? 'no reason given'}); remove it from the expectations file`;
    return `| ${mdCode(v.id)} | ${v.level} | ${mdText(clip(why))} | |`;
  }
  if (v.outcome === 'unverified') {
    const why = (v.blockedBy ?? []).map((b) => `${b.check}: ${b.reason}`).join('; ');
    return `| ${mdCode(v.id)} | ${v.level} | ${mdText(clip(`not verified: ${why || 'no check ran to its end'}`))} | |`;
  }
  const check = v.failedChecks.map((id) => checks.get(id)).find((c) => c !== undefined);
  const error = clip(firstLine(check?.error) || 'failed');
  return `| ${mdCode(v.id)} | ${v.level} | ${mdText(error)} | ${check?.replay ? mdCode(check.replay) : ''} |`;
}

export function renderMarkdown(report: ConformanceReport): string {
  const { summary, target, suite, spec, run } = report;
  const checks = new Map(report.checks.map((c) => [c.id, c]));
  const mark = { pass: '✅ PASS', fail: '❌ FAIL', unverified: '⚠️ UNVERIFIED' }[summary.verdict];
  const lines = [
    `## Conformance ${mark}: ${mdText(target.label)}`,
    '',
    `${mdText(`${suite.name} ${suite.version}`)} · App Runner API ${mdText(spec.model.apiVersion)} ` +
      `(model sha256 ${mdCode(spec.model.sha256.slice(0, 12))}) · seed ${run.seed} · ${run.runs} runs · ` +
      `${(run.durationMs / 1000).toFixed(1)} s`,
    '',
    '| outcome | requirements |',
    '| --- | ---: |',
    ...OUTCOMES.map((o) => `| ${outcomeLabel(o)} | ${summary.counts[o]} |`),
    '',
    `Checks: ${summary.checks.pass} passed, ${summary.checks.fail} failed, ${summary.checks.skip} skipped, ${summary.checks.incomplete} incomplete; ${summary.cases} cases.`,
  ];
  const blocking = report.requirements.filter(
    (v) =>
      v.outcome === 'fail' ||
      v.outcome === 'unexpected-pass' ||
      (v.outcome === 'unverified' && v.level === 'MUST'),
  );
  if (blocking.length > 0) {
    lines.push(
      '',
      `### Requirements that keep the run from passing (${blocking.length})`,
      '',
      '| requirement | level | first error | replay |',
      '| --- | --- | --- | --- |',
      ...blocking.slice(0, MAX_ROWS).map((v) => blockingRow(v, checks)),
    );
    if (blocking.length > MAX_ROWS) {
      lines.push('', `…and ${blocking.length - MAX_ROWS} more: see report.html.`);
    }
  }
  return `${lines.join('\n')}\n`;
}
