// Several reports side by side: one column per target, one row per requirement, counts per
// outcome for each column. Rows where the targets disagree, on the outcome or on what they
// observed, are marked in words and counted, and can be shown alone: those are what a reader
// comparing implementations looks for.
import type { ConformanceReport, RequirementVerdict } from '../model.js';
import { badge, verdictBadge } from './html-report.js';
import { observedValue } from './html-observed.js';
import { html, type Html } from './html-template.js';
import { matrixRows, rowDiffers, type MatrixRow } from './matrix-rows.js';
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

function cell(v: RequirementVerdict | undefined, i: number, id: string): Html {
  if (!v) {
    return html`<td data-column="${i}" data-requirement="${id}" data-outcome="absent" class="o-absent">not in this report</td>`;
  }
  const title = v.expectation
    ? `expected to ${v.expectation.outcome}: ${v.expectation.reason}`
    : '';
  return html`<td data-column="${i}" data-requirement="${id}" data-outcome="${v.outcome}" class="o-${v.outcome}" title="${title}">${outcomeLabel(v.outcome)}${v.observations.map(observedValue)}</td>`;
}

/** The marker column: what differs, in words, so the mark does not rest on colour. */
function differsCell(row: MatrixRow): Html {
  const what = [row.outcomeDiffers && 'outcome', row.observationsDiffer && 'observed value'].filter(
    (w) => w !== false,
  );
  if (what.length === 0) return html`<td data-differs-in=""></td>`;
  return html`<td data-differs-in="${what.join(' ')}"><strong>differs</strong>: ${what.join(', ')}</td>`;
}

function row(r: MatrixRow): Html {
  const known = r.verdicts.find((v) => v !== undefined)!;
  return html`<tr data-requirement="${r.id}" data-differs="${String(rowDiffers(r))}">
<th><code>${r.id}</code> <span class="small">${known.level}</span><div class="statement small">${known.statement}</div></th>
${differsCell(r)}
${r.verdicts.map((v, i) => cell(v, i, r.id))}
</tr>`;
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

/**
 * Showing only the differing rows needs no script (the page's policy forbids scripts): a
 * checkbox placed before the table hides the other rows through a sibling selector
 * (html-page.ts).
 */
function onlyDifferingToggle(differing: number): Html | '' {
  if (differing === 0) return '';
  return html`<input type="checkbox" id="only-differing" data-only-differing>
<label for="only-differing">show only the ${differing} requirement${differing === 1 ? '' : 's'} that differ${differing === 1 ? 's' : ''}</label>`;
}

export function matrixBody(reports: ConformanceReport[]): Html {
  const failing = reports.filter((r) => r.summary.verdict === 'fail').length;
  const rows = matrixRows(reports);
  const differing = rows.filter(rowDiffers).length;
  return html`<header>
<h1>Conformance across ${reports.length} targets: ${failing} failing</h1>
<p data-differing="${differing}"><a href="#requirements">${differing} of ${rows.length} requirements differ</a> between the targets, in outcome or in the value observed.</p>
</header>
${provenanceWarning(reports)}
${summary(reports)}
<section id="requirements" aria-label="requirements">
<h2>Requirements</h2>
${onlyDifferingToggle(differing)}
<table class="matrix">
<thead><tr><th>requirement</th><th>differs</th>${reports.map((r, i) => html`<th data-column="${i}">${r.target.label}</th>`)}</tr></thead>
<tbody>
${rows.map(row)}
</tbody>
</table>
</section>`;
}
