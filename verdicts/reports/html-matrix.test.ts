// The matrix page as text: which rows it marks as differing and what it shows of the values the
// targets observed. html.test.ts covers the columns and counts; the browser test, the toggle.
import { describe, expect, test } from 'vitest';
import { sampleReport, withVerdict } from '../../test-support/sample-report.js';
import { OBSERVED_CELL_CHARS } from './html-observed.js';
import { renderHtml } from './html.js';

/** Each requirement row's data-differs and the marker cell's text, by id. */
function marks(page: string): Record<string, string> {
  const rows = page.matchAll(
    /<tr data-requirement="([^"]+)" data-differs="(true|false)">[\s\S]*?<td data-differs-in="([^"]*)">(.*?)<\/td>/g,
  );
  return Object.fromEntries([...rows].map((m) => [m[1]!, `${m[2]} ${m[3]} ${m[4]}`.trim()]));
}

const differingOnly = (page: string) =>
  Object.fromEntries(Object.entries(marks(page)).filter(([, m]) => m.startsWith('true')));

/** The cell of column `column` in the row of `id`. */
function cellOf(page: string, id: string, column: number): string {
  const start = page.indexOf(`<td data-column="${column}" data-requirement="${id}"`);
  if (start < 0) throw new Error(`no cell for ${id} in column ${column}`);
  return page.slice(start, page.indexOf('</td>', start));
}

const base = sampleReport({ label: 'emulator', kind: 'emulator' });
const observeIds = base.requirements.filter((v) => v.level === 'OBSERVE').map((v) => v.id);
const passing = base.requirements.find((v) => v.outcome === 'pass')!.id;
const [observedA, observedB] = observeIds as [string, string];

describe('the matrix marks the rows where targets differ', () => {
  const other = withVerdict(
    withVerdict({ ...base, target: { ...base.target, label: 'other' } }, passing, {
      outcome: 'fail',
    }),
    observedA,
    { observations: [{ status: 402, error: 'ServiceQuotaExceededException' }] },
  );
  const page = renderHtml([base, other]);

  test('exactly the row with another outcome and the one with another observed value', () => {
    expect(differingOnly(page)).toEqual({
      [passing]: 'true outcome <strong>differs</strong>: outcome',
      [observedA]: 'true observed value <strong>differs</strong>: observed value',
    });
    expect(Object.keys(marks(page))).toHaveLength(base.requirements.length);
  });

  test('counts them at the top and offers to show them alone', () => {
    expect(page).toContain(
      `<p data-differing="2"><a href="#requirements">2 of ${base.requirements.length} requirements differ</a>`,
    );
    expect(page).toContain('<section id="requirements"');
    expect(page).toMatch(
      /<input type="checkbox" id="only-differing" data-only-differing>\s*<label for="only-differing">show only the 2 requirements that differ<\/label>/,
    );
  });

  test('reports alike mark nothing and offer no toggle', () => {
    const alike = renderHtml([base, sampleReport({ label: 'twin', kind: 'emulator' })]);
    expect(differingOnly(alike)).toEqual({});
    expect(alike).toContain('<p data-differing="0">');
    expect(alike).not.toContain('<input');
  });

  test('equal observed values written with their keys in another order are not marked', () => {
    const value = { status: 400, error: { type: 'ValidationException', message: 'm' } };
    const reordered = { error: { message: 'm', type: 'ValidationException' }, status: 400 };
    const a = withVerdict(base, observedB, { observations: [value] });
    const b = withVerdict(base, observedB, { observations: [reordered] });
    const page = renderHtml([a, b]);
    expect(differingOnly(page)).toEqual({});
    // And they read the same, so a reader comparing the cells sees no difference either.
    expect(cellOf(page, observedB, 0).replace('data-column="0"', '')).toBe(
      cellOf(page, observedB, 1).replace('data-column="1"', ''),
    );
  });
});

describe('the matrix shows what each target observed', () => {
  test('each column’s own value, next to the outcome', () => {
    const a = withVerdict(base, observedA, { observations: ['exact names only'] });
    const b = withVerdict(base, observedA, { observations: [{ listed: 1 }] });
    const page = renderHtml([a, b]);
    expect(cellOf(page, observedA, 0)).toMatch(
      /data-outcome="observed"[^>]*>observed<div class="observed" data-observed><code>&quot;exact names only&quot;<\/code><\/div>$/,
    );
    expect(cellOf(page, observedA, 1)).toContain('<code>{&quot;listed&quot;:1}</code>');
  });

  test('every value when a requirement has several, none when it has none', () => {
    const a = withVerdict(base, observedA, { observations: [1, 2] });
    const b = withVerdict(base, observedA, { outcome: 'unverified', observations: [] });
    const page = renderHtml([a, b]);
    expect(cellOf(page, observedA, 0).match(/data-observed/g)).toHaveLength(2);
    expect(cellOf(page, observedA, 1)).not.toContain('data-observed');
  });

  test('markup in a value stays text', () => {
    const hostile = { body: '<img src=x onerror="alert(1)"><script>alert(2)</script>' };
    const short = '<b>bold</b>&amp;';
    const page = renderHtml([
      withVerdict(base, observedA, { observations: [hostile, short] }),
      base,
    ]);
    const cell = cellOf(page, observedA, 0);
    expect(cell).not.toMatch(/<img|<script|<b>/);
    // Cut short in the cell and whole in the details element: escaped in both.
    expect(cell).toContain('<code>{&quot;body&quot;:&quot;&lt;img src=x onerror=\\&quot;');
    expect(cell).toContain(
      '&lt;img src=x onerror=\\&quot;alert(1)\\&quot;&gt;&lt;script&gt;alert(2)',
    );
    expect(cell).toContain('<code>&quot;&lt;b&gt;bold&lt;/b&gt;&amp;amp;&quot;</code>');
  });

  test('a long value is cut short in the cell and shown whole when opened', () => {
    const long = { message: 'x'.repeat(200), status: 400, emoji: '\u{1f600}'.repeat(80) };
    const page = renderHtml([withVerdict(base, observedA, { observations: [long] }), base]);
    const cell = cellOf(page, observedA, 0);
    const summary = /<summary><code>(.*?)<\/code><\/summary>/.exec(cell)![1]!;
    const shown = summary.replaceAll('&quot;', '"');
    expect([...shown]).toHaveLength(OBSERVED_CELL_CHARS);
    expect(shown).toMatch(/^\{"emoji":"\u{1f600}+…$/u);
    expect(summary).not.toMatch(/\\uD83D|\\uDE00/); // no emoji cut in two, half shown
    expect(cell).toContain(`<pre>{\n  &quot;emoji&quot;: &quot;${'\u{1f600}'.repeat(80)}&quot;,`);
    expect(cell).toContain(
      `&quot;message&quot;: &quot;${'x'.repeat(200)}&quot;,\n  &quot;status&quot;: 400\n}</pre>`,
    );
  });

  test('a value that fits is shown whole, not in a details element', () => {
    const fits = 'y'.repeat(OBSERVED_CELL_CHARS - 2); // with its quotes, exactly the limit
    const page = renderHtml([withVerdict(base, observedA, { observations: [fits] }), base]);
    expect(cellOf(page, observedA, 0)).toContain(`<code>&quot;${fits}&quot;</code>`);
    expect(cellOf(page, observedA, 0)).not.toContain('<details');
  });
});
