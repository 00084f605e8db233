// Several reports side by side: one column per target, one row per requirement, counts per
// outcome for each column. Rows where the targets disagree are marked, since those are what a
// reader comparing implementations looks for.
import type { ConformanceReport, Outcome, RequirementVerdict } from '../model.js';
import { badge, verdictBadge } from './html-report.js';
import { html, type Html } from './html-template.js';
import { OUTCOMES, outcomeLabel } from './outcomes.js';

function columnHeader(r: ConformanceReport, i: number): Html {
  return html`<th data-column="${i}" data-target="${r.target.label}">
<div>${r.target.label}</div>
<div>${verdictBadge(r.summary.verdict)}</div>
<div class="small">${r.target.kind}, suite ${r.suite.version}, API ${r.spec.model.apiVersion}, seed ${r.run.seed}, ${r.run.startedAt}</div>
</th>`;
}

function summary(reports: ConformanceReport[]): Html {
  const rows = OUTCOMES.map(
    (o) =>
      html`<tr><th>${badge(o)}</th>${reports.map(
        (r, i) => html`<td data-column="${i}" data-count="${o}">${r.summary.counts[o]}</td>`,
      )}</tr>`,
  );
  const checks = (['pass', 'fail', 'skip'] as const).map(
    (s) =>
      html`<tr><th>checks: ${s}</th>${reports.map(
        (r, i) => html`<td data-column="${i}" data-checks="${s}">${r.summary.checks[s]}</td>`,
      )}</tr>`,
  );
  return html`<section aria-label="counts">
<h2>Requirements per outcome</h2>
<table class="summary">
<thead><tr><th></th>${reports.map(columnHeader)}</tr></thead>
<tbody>${rows}${checks}</tbody>
</table>
</section>`;
}

/** Requirement ids in the order they first appear, so each report's own order is kept. */
function requirementIds(reports: ConformanceReport[]): string[] {
  return [...new Set(reports.flatMap((r) => r.requirements.map((v) => v.id)))];
}

function cell(v: RequirementVerdict | undefined, i: number, id: string): Html {
  if (!v) {
    return html`<td data-column="${i}" data-requirement="${id}" data-outcome="absent" class="o-absent">not in this report</td>`;
  }
  const title = v.expectation
    ? `expected to ${v.expectation.outcome}: ${v.expectation.reason}`
    : '';
  return html`<td data-column="${i}" data-requirement="${id}" data-outcome="${v.outcome}" class="o-${v.outcome}" title="${title}">${outcomeLabel(v.outcome)}</td>`;
}

function rows(reports: ConformanceReport[]): Html[] {
  const indexes = reports.map((r) => new Map(r.requirements.map((v) => [v.id, v])));
  return requirementIds(reports).map((id) => {
    const verdicts = indexes.map((ix) => ix.get(id));
    const known = verdicts.find((v) => v !== undefined)!;
    const outcomes = new Set<Outcome | undefined>(verdicts.map((v) => v?.outcome));
    return html`<tr data-requirement="${id}" data-differs="${String(outcomes.size > 1)}">
<th><code>${id}</code> <span class="small">${known.level}</span><div class="statement small">${known.statement}</div></th>
${verdicts.map((v, i) => cell(v, i, id))}
</tr>`;
  });
}

/** Reports made from different suites or specs still render, with a warning. */
function provenanceWarning(reports: ConformanceReport[]): Html | '' {
  const distinct = (f: (r: ConformanceReport) => string) => new Set(reports.map(f)).size > 1;
  const differs = [
    distinct((r) => r.suite.version) && 'suite versions',
    distinct((r) => r.spec.model.sha256) && 'spec models',
  ].filter((d) => d !== false);
  if (differs.length === 0) return '';
  return html`<p class="warning" data-warning>These reports come from different ${differs.join(' and ')}: a difference in a row may come from the suite, not the target.</p>`;
}

export function matrixBody(reports: ConformanceReport[]): Html {
  const failing = reports.filter((r) => r.summary.verdict === 'fail').length;
  return html`<header>
<h1>Conformance across ${reports.length} targets: ${failing} failing</h1>
</header>
${provenanceWarning(reports)}
${summary(reports)}
<section aria-label="requirements">
<h2>Requirements</h2>
<table class="matrix">
<thead><tr><th>requirement</th>${reports.map((r, i) => html`<th data-column="${i}">${r.target.label}</th>`)}</tr></thead>
<tbody>
${rows(reports)}
</tbody>
</table>
</section>`;
}
