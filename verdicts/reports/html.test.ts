// The page as text: self-contained, escaped, and carrying the data attributes that the browser
// test (html.browser.int.test.ts) reads after a real browser has parsed it.
import { describe, expect, test } from 'vitest';
import { HOSTILE, sampleReport } from '../../test-support/sample-report.js';
import type { ConformanceReport } from '../model.js';
import { escapeMarkup } from './escape.js';
import { renderHtml } from './html.js';

const all = (page: string, re: RegExp): RegExpMatchArray[] => [...page.matchAll(re)];

/** data-count values shown, as [outcome, number] (per column for a matrix). */
const shownCounts = (page: string, column?: number): Record<string, number> => {
  const re =
    column === undefined
      ? /data-count="([a-z-]+)">(\d+)</g
      : new RegExp(`data-column="${column}" data-count="([a-z-]+)">(\\d+)<`, 'g');
  return Object.fromEntries(all(page, re).map((m) => [m[1]!, Number(m[2])]));
};

function expectSelfContained(page: string): void {
  expect(page).toMatch(/^<!doctype html>/);
  expect(page).toContain(
    '<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;',
  );
  expect(page).not.toMatch(/<script|<link|<iframe|<object|<embed|@import|url\(/i);
  expect(page).not.toMatch(/<[a-z]+(\s+[a-z-]+(="[^"]*")?)*\s+src=/i);
  // The only links are to places on the page, and each place exists.
  for (const m of all(page, /<a(?:\s+[a-z-]+="[^"]*")*\s+href="([^"]*)"/g)) {
    expect(m[1]).toMatch(/^#/);
    expect(page).toContain(` id="${m[1]!.slice(1)}"`);
  }
}

describe('renderHtml with one report', () => {
  const report = sampleReport();
  const page = renderHtml([report]);

  test('is self-contained', () => {
    expectSelfContained(page);
    expect(page).toContain('<a href="#check-1">'); // so the link check above saw links
  });

  test('shows the verdict, target, versions and seed', () => {
    expect(page).toContain(`data-verdict="${report.summary.verdict}"`);
    expect(page).toContain(`<span data-target>${report.target.label}</span>`);
    expect(page).toContain(`data-suite-version="${report.suite.version}"`);
    expect(page).toContain(`<code data-spec-sha256>${report.spec.model.sha256}</code>`);
    expect(page).toContain(`<span data-seed>${report.run.seed}</span>`);
  });

  test('shows the count of every outcome', () => {
    expect(shownCounts(page)).toEqual(report.summary.counts);
  });

  test('has one row per requirement, grouped by outcome, with the outcome as text', () => {
    const rows = all(page, /<tr data-requirement="([^"]+)" data-outcome="([a-z-]+)">/g);
    expect(rows.map((m) => m[1]).sort()).toEqual(report.requirements.map((r) => r.id).sort());
    const fail = report.requirements.find((r) => r.outcome === 'fail')!;
    const row = page.slice(page.indexOf(`<tr data-requirement="${fail.id}"`)).split('</tr>')[0]!;
    expect(row).toContain('data-outcome-badge="fail">fail</span>');
    expect(row).toContain(`data-checks-count="${fail.checks.length}"`);
    const groups = all(page, /data-group="([a-z-]+)"/g).map((m) => m[1]);
    expect(groups.slice(0, 2)).toEqual(['fail', 'unexpected-pass']);
  });

  test('every failed check has details with error, exchanges and replay', () => {
    const failed = report.checks.filter((c) => c.state === 'fail');
    const details = page.split('<details class="failure"').slice(1);
    expect(details.length).toBe(failed.length);
    for (const [i, c] of failed.entries()) {
      expect(details[i]).toContain(`data-check="${escapeMarkup(c.id)}"`);
      expect(details[i]).toContain(escapeMarkup(c.error!));
      expect(details[i]).toMatch(/<pre data-sent>sent CreateConnection/);
      expect(details[i]).toMatch(/<pre data-received>received HTTP 500/);
      expect(details[i]).toContain(`<pre data-replay><code>${escapeMarkup(c.replay!)}</code>`);
    }
  });

  test('an outcome no requirement has is counted but not linked', () => {
    const page = renderHtml([sampleReport({ plan: { 'unexpected-pass': 0 } })]);
    expect(page).toContain('data-count="unexpected-pass">0<');
    expectSelfContained(page);
  });

  test('no report is no page', () => {
    expect(() => renderHtml([])).toThrow(/at least one report/);
  });
});

describe('renderHtml with hostile text in the report', () => {
  const page = renderHtml([sampleReport({ hostile: true })]);

  test('markup from the report stays text', () => {
    // An unescaped renderer would write these tags and attributes as they are.
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>bold');
    expect(page).not.toContain('onerror="');
    expect(page).toContain(
      '&lt;img src=&quot;x&quot; onerror=&quot;console.error(&#39;injected&#39;)&quot;&gt;',
    );
  });

  test('control characters and lone surrogates are visible, astral characters kept', () => {
    const controls = [...page].filter((c) => c < ' ' && !'\t\n\r'.includes(c));
    expect(controls).toEqual([]);
    expect(page).not.toMatch(/[\ud800-\udfff]/u);
    expect(page).toContain('ctl:\\u0000\\u0001');
    expect(page).toContain('\u{1f600}');
  });

  test('is still self-contained', () => expectSelfContained(page));
});

describe('renderHtml with several reports', () => {
  const reports = [
    sampleReport({ label: 'emulator', kind: 'emulator', plan: { fail: 0 } }),
    sampleReport({ label: 'localstack', variant: 1 }),
    sampleReport({ label: 'moto', variant: 2 }),
  ];
  const page = renderHtml(reports);

  test('is self-contained', () => expectSelfContained(page));

  test('has one column per target, headed by its label', () => {
    const heads = all(page, /<th data-column="(\d)" data-target="([^"]*)">/g);
    expect(heads.map((m) => m[2])).toEqual(['emulator', 'localstack', 'moto']);
  });

  test('shows each column’s counts', () => {
    for (const [i, r] of reports.entries()) expect(shownCounts(page, i)).toEqual(r.summary.counts);
  });

  test('has one row per requirement with each target’s outcome', () => {
    const ids = reports[0]!.requirements.map((r) => r.id);
    const rows = all(page, /<tr data-requirement="([^"]+)" data-differs="(true|false)">/g);
    expect(rows.map((m) => m[1])).toEqual(ids);
    for (const [i, r] of reports.entries()) {
      for (const v of r.requirements.filter((x) => x.outcome !== 'pass')) {
        expect(page).toContain(
          `<td data-column="${i}" data-requirement="${v.id}" data-outcome="${v.outcome}"`,
        );
      }
    }
    expect(rows.filter((m) => m[2] === 'true').length).toBeGreaterThan(0);
  });

  test('a requirement one report lacks is shown as absent there', () => {
    const old: ConformanceReport = {
      ...reports[1]!,
      suite: { ...reports[1]!.suite, version: '0.0.9' },
      requirements: reports[1]!.requirements.slice(1),
    };
    const mixed = renderHtml([reports[0]!, old]);
    const id = reports[0]!.requirements[0]!.id;
    expect(mixed).toContain(`<td data-column="1" data-requirement="${id}" data-outcome="absent"`);
    expect(mixed).toContain('data-warning');
    expect(page).not.toContain('data-warning');
  });

  test('labels from the reports are escaped in headers', () => {
    const hostile = renderHtml([reports[0]!, sampleReport({ hostile: true })]);
    expect(hostile).not.toContain('<img');
    expect(hostile).toContain(`data-target="localstack ${escapeMarkup(HOSTILE).split('\n')[0]}`);
  });
});

test('an unverified requirement is its own group, with the verdict and what blocked it', () => {
  const report = sampleReport({ plan: { fail: 0, 'unexpected-pass': 0, unverified: 1 } });
  const page = renderHtml([report]);
  const r = report.requirements.find((v) => v.outcome === 'unverified')!;
  const blocker = r.blockedBy![0]!;
  expect(page).toContain('data-verdict="unverified"');
  expect(page).toContain('data-group="unverified"');
  expect(shownCounts(page).unverified).toBe(1);
  expect(page).toContain(
    `<div data-blocked-by>not verified by ${escapeMarkup(blocker.check)}: ${escapeMarkup(blocker.reason)}</div>`,
  );
});
