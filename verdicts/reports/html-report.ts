// One report as a page: the verdict and where it came from, counts per outcome, the requirements
// grouped by outcome (what needs attention first), and every failed check with the exchanges
// behind it and the command that replays it.
import type {
  CheckResult,
  ConformanceReport,
  Outcome,
  RequirementVerdict,
  Verdict,
} from '../model.js';
import { receivedText, sentText } from './exchange-text.js';
import { html, type Html } from './html-template.js';
import { OUTCOMES, outcomeLabel } from './outcomes.js';

export const badge = (o: Outcome): Html =>
  html`<span class="badge o-${o}" data-outcome-badge="${o}">${outcomeLabel(o)}</span>`;

export const verdictBadge = (v: Verdict): Html =>
  html`<span class="verdict verdict-${v}" data-verdict="${v}">${v.toUpperCase()}</span>`;

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`;

function header(r: ConformanceReport): Html {
  const { target, spec, run, suite } = r;
  return html`<header>
<h1>Conformance ${verdictBadge(r.summary.verdict)} <span data-target>${target.label}</span></h1>
<dl class="meta">
<dt>target</dt><dd>${target.kind}${target.endpoint ? html` at <code>${target.endpoint}</code>` : ''}, region ${target.region}</dd>
<dt>suite</dt><dd data-suite-version="${suite.version}">${suite.name} ${suite.version}</dd>
<dt>spec</dt><dd>API ${spec.model.apiVersion} from <code>${spec.model.source}</code> at ${spec.model.commit}, sha256 <code data-spec-sha256>${spec.model.sha256}</code>; derive-spec ${spec.deriveSpecVersion}</dd>
<dt>seed</dt><dd><span data-seed>${run.seed}</span>, ${run.runs} runs per property</dd>
<dt>run</dt><dd>started ${run.startedAt}, took ${seconds(run.durationMs)}</dd>
<dt>command</dt><dd><code>${run.command}</code></dd>
</dl>
</header>`;
}

/** Outcomes no requirement has get no section, so their count links nowhere. */
const linkIf = (link: boolean, href: string, content: Html): Html =>
  link ? html`<a href="${href}">${content}</a>` : content;

function counts(r: ConformanceReport): Html {
  const { counts: c, checks, cases } = r.summary;
  return html`<section aria-label="counts">
<h2>Requirements</h2>
<ul class="counts">${OUTCOMES.map(
    (o) =>
      html`<li class="o-${o}">${linkIf(c[o] > 0, `#group-${o}`, html`<span class="n" data-count="${o}">${c[o]}</span>`)}${outcomeLabel(o)}</li>`,
  )}</ul>
<p>Checks: <span data-checks="pass">${checks.pass}</span> passed, <span data-checks="fail">${checks.fail}</span> failed, <span data-checks="skip">${checks.skip}</span> skipped, <span data-checks="incomplete">${checks.incomplete}</span> incomplete; <span data-cases>${cases}</span> cases.</p>
</section>`;
}

function notes(v: RequirementVerdict, anchors: ReadonlyMap<string, string>): Html {
  const expectation = v.expectation
    ? html`<div>expected to ${v.expectation.outcome}: ${v.expectation.reason}</div>`
    : '';
  const blocked = (v.blockedBy ?? []).map(
    (b) => html`<div data-blocked-by>not verified by ${b.check}: ${b.reason}</div>`,
  );
  const uncovered = v.notCoveredBecause
    ? html`<div data-not-covered>${v.notCoveredBecause}</div>`
    : '';
  const failed = v.failedChecks.map((id) => {
    const anchor = anchors.get(id);
    return html`<div>${anchor ? html`<a href="#${anchor}">${id}</a>` : id}</div>`;
  });
  const observed =
    v.observations.length > 0
      ? html`<details><summary>${v.observations.length} observed</summary><pre>${v.observations.map((o) => JSON.stringify(o, null, 2)).join('\n')}</pre></details>`
      : '';
  return html`${expectation}${blocked}${uncovered}${failed}${observed}`;
}

function group(
  outcome: Outcome,
  verdicts: RequirementVerdict[],
  anchors: ReadonlyMap<string, string>,
): Html {
  const rows = verdicts.map(
    (v) => html`<tr data-requirement="${v.id}" data-outcome="${v.outcome}">
<td><code>${v.id}</code></td><td>${v.level}</td><td class="statement">${v.statement}</td><td>${badge(v.outcome)}</td>
<td data-checks-count="${v.checks.length}">${v.checks.length}${v.failedChecks.length > 0 ? ` (${v.failedChecks.length} failed)` : ''}</td><td>${notes(v, anchors)}</td>
</tr>`,
  );
  return html`<section id="group-${outcome}" data-group="${outcome}">
<h2>${badge(outcome)} ${verdicts.length}</h2>
<table>
<thead><tr><th>requirement</th><th>level</th><th>statement</th><th>outcome</th><th>checks</th><th>notes</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</section>`;
}

function failure(c: CheckResult, anchor: string): Html {
  const exchanges = (c.exchanges ?? []).map(
    (e) =>
      html`<div class="exchange"><pre data-sent>${sentText(e)}</pre><pre data-received>${receivedText(e)}</pre></div>`,
  );
  return html`<details class="failure" id="${anchor}" data-check="${c.id}">
<summary><code>${c.file}</code> ${c.name}</summary>
<h3>error</h3>
<pre data-error>${c.error ?? '(no error message)'}</pre>
${exchanges.length > 0 ? html`<h3>last ${exchanges.length} exchange(s): sent, received</h3>${exchanges}` : ''}
${c.replay ? html`<h3>replay</h3><pre data-replay><code>${c.replay}</code></pre>` : ''}
</details>`;
}

export function reportBody(r: ConformanceReport): Html {
  const failed = r.checks.filter((c) => c.state === 'fail');
  const anchors = new Map(failed.map((c, i) => [c.id, `check-${i + 1}`]));
  const groups = OUTCOMES.map((o) => [o, r.requirements.filter((v) => v.outcome === o)] as const)
    .filter(([, vs]) => vs.length > 0)
    .map(([o, vs]) => group(o, vs, anchors));
  return html`${header(r)}
${counts(r)}
${groups}
<section id="failures" data-failures="${failed.length}">
<h2>Failed checks: ${failed.length}</h2>
${failed.map((c) => failure(c, anchors.get(c.id)!))}
</section>`;
}
