import { describe, expect, test } from 'vitest';
import { HOSTILE, sampleReport } from '../../test-support/sample-report.js';
import { visibleControls } from './escape.js';
import { renderMarkdown } from './markdown.js';

/**
 * Splits a table row as GitHub's cmark-gfm does: a backslash escapes the character after it
 * (whatever it is), and an unescaped pipe ends a cell.
 */
function cells(row: string): string[] {
  const out = [''];
  const body = row.trim().slice(1); // the leading pipe
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (c === '\\') out[out.length - 1] += c + (body[++i] ?? '');
    else if (c === '|') out.push('');
    else out[out.length - 1] += c;
  }
  out.pop(); // after the trailing pipe
  return out.map((s) => s.trim());
}

/** What a reader sees in a cell: escapes undone, <code> tags gone. */
const shown = (cell: string): string =>
  cell
    .replace(/^<code>|<\/code>$/g, '')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
    .replace(/&amp;/g, '&');

const tableRows = (md: string, header: string): string[][] => {
  const lines = md.split('\n');
  const start = lines.indexOf(header);
  expect(start).toBeGreaterThan(-1);
  const rows: string[] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith('|')) break;
    rows.push(l);
  }
  const width = cells(header).length;
  for (const r of rows) expect(cells(r), r).toHaveLength(width);
  return rows.map(cells);
};

const FAILED_HEADER = '| requirement | level | first error | replay |';

describe('renderMarkdown', () => {
  const report = sampleReport();
  const md = renderMarkdown(report);

  test('names the verdict and the target', () => {
    expect(md.split('\n')[0]).toBe('## Conformance ❌ FAIL: localstack');
    const passing = sampleReport({ plan: { fail: 0, 'unexpected-pass': 0 } });
    expect(renderMarkdown(passing).split('\n')[0]).toBe('## Conformance ✅ PASS: localstack');
  });

  test('counts every outcome', () => {
    const rows = tableRows(md, '| outcome | requirements |');
    expect(rows.map(([, n]) => Number(n))).toEqual(
      [
        'fail',
        'unverified',
        'unexpected-pass',
        'expected-fail',
        'skipped',
        'not-covered',
        'observed',
        'pass',
      ].map((o) => report.summary.counts[o as keyof typeof report.summary.counts]),
    );
  });

  test('lists each requirement that fails the run, with its first error line and replay', () => {
    const rows = tableRows(md, FAILED_HEADER);
    const blocking = report.requirements.filter(
      (r) => r.outcome === 'fail' || r.outcome === 'unexpected-pass',
    );
    expect(rows.map((r) => shown(r[0]!))).toEqual(blocking.map((r) => r.id));
    const fail = blocking.find((r) => r.outcome === 'fail')!;
    const check = report.checks.find((c) => c.id === fail.failedChecks[0])!;
    const row = rows.find((r) => shown(r[0]!) === fail.id)!;
    expect(shown(row[2]!)).toBe(check.error!.split('\n')[0]);
    expect(shown(row[3]!)).toBe(check.replay);
    const fixed = rows.find(
      (r) => shown(r[0]!) === blocking.find((b) => b.outcome === 'unexpected-pass')!.id,
    )!;
    expect(shown(fixed[2]!)).toMatch(/^passes, but is expected to fail \(known deviation\)/);
  });

  test('an unverified MUST requirement keeps the run from passing and names what blocked it', () => {
    const unverified = sampleReport({ plan: { fail: 0, 'unexpected-pass': 0, unverified: 1 } });
    const text = renderMarkdown(unverified);
    expect(text.split('\n')[0]).toBe('## Conformance ⚠️ UNVERIFIED: localstack');
    const r = unverified.requirements.find((v) => v.outcome === 'unverified')!;
    const row = tableRows(text, FAILED_HEADER).find((cells) => shown(cells[0]!) === r.id)!;
    expect(shown(row[2]!)).toBe(
      `not verified: ${r.blockedBy![0]!.check}: ${r.blockedBy![0]!.reason}`,
    );
  });

  test('a passing run has no failure table', () => {
    expect(renderMarkdown(sampleReport({ plan: { fail: 0, 'unexpected-pass': 0 } }))).not.toContain(
      FAILED_HEADER,
    );
  });

  test('a long list is cut, pointing at the full report', () => {
    const many = renderMarkdown(sampleReport({ plan: { fail: 60 } }));
    expect(tableRows(many, FAILED_HEADER)).toHaveLength(50);
    expect(many).toMatch(/…and 11 more: see report\.html\./);
  });
});

describe('renderMarkdown with hostile text', () => {
  const report = sampleReport({ hostile: true });
  const md = renderMarkdown(report);

  test('every row keeps its cells: pipes and line breaks from the report do not split them', () => {
    const rows = tableRows(md, FAILED_HEADER);
    expect(rows.length).toBe(report.summary.counts.fail + report.summary.counts['unexpected-pass']);
  });

  test('cells read back as the report wrote them, on one line, controls made visible', () => {
    const fail = report.requirements.find((r) => r.outcome === 'fail')!;
    const check = report.checks.find((c) => c.id === fail.failedChecks[0])!;
    const row = tableRows(md, FAILED_HEADER).find((r) => shown(r[0]!) === fail.id)!;
    expect(shown(row[2]!)).toBe(visibleControls(check.error!.split('\n')[0]!));
    expect(shown(row[3]!)).toBe(visibleControls(check.replay!).replace(/\n/g, ' '));
  });

  test('no markup from the report reaches the summary', () => {
    // With every backslash escape taken out, the only angle brackets left are our <code> tags.
    const unescaped = md.replace(/\\./g, '');
    expect(unescaped).not.toMatch(/<(?!\/?code>)/);
    // Every ampersand is written as an entity, so the report's "&amp;" stays those five characters.
    expect(md).not.toMatch(/&(?!amp;)/);
    expect(md).toContain('&amp;amp;');
  });

  test('the target label reads back in the heading', () => {
    const [heading] = md.split('\n');
    const prefix = '## Conformance ❌ FAIL: ';
    expect(heading!.startsWith(prefix)).toBe(true);
    expect(shown(heading!.slice(prefix.length))).toBe(
      `localstack ${visibleControls(HOSTILE).replace(/\n/g, ' ')}`,
    );
  });
});
