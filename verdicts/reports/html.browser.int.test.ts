// report.html in a real headless browser, opened from file:// as a user opens it: it must load
// with no console error and no page error, and the counts a reader sees must be the report's.
// Needs Debian's chromium at /usr/bin/chromium (apt-get install chromium); skipped without it.
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleReport, withVerdict } from '../../test-support/sample-report.js';
import type { ConformanceReport, Outcome } from '../model.js';
import { visibleControls } from './escape.js';
import { page as pageShell } from './html-page.js';
import { Html } from './html-template.js';
import { renderHtml } from './html.js';

const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium)
  process.stderr.write(
    `html.browser.int.test.ts: SKIPPED, no Chromium at ${CHROMIUM}; install it (apt-get install chromium)\n`,
  );

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const LAUNCH_MS = 30_000;

/** What the in-page functions read of an element (this project compiles without the DOM lib). */
interface DomElement {
  getAttribute(name: string): string | null;
  textContent: string | null;
}
const PAGE_MS = 15_000;

let work: string;
let context: BrowserContext | undefined;

beforeAll(async () => {
  if (!hasChromium) return;
  work = await mkdtemp(join(tmpdir(), 'html-browser-'));
  // A fresh profile per run: nothing cached or remembered from another run can hide a problem.
  context = await chromium.launchPersistentContext(join(work, 'profile'), {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    timeout: LAUNCH_MS,
  });
}, LAUNCH_MS + 10_000);

afterAll(async () => {
  await context?.close();
  if (work) await rm(work, { recursive: true, force: true });
}, 20_000);

interface Opened {
  page: Page;
  /** Console errors, page errors and any request that is not for the page itself. */
  problems: string[];
}

async function open(html: string, name: string): Promise<Opened> {
  const file = join(work, `${name}.html`);
  await writeFile(file, html);
  const url = pathToFileURL(file).href;
  const page = await context!.newPage();
  page.setDefaultTimeout(PAGE_MS);
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (r.url() !== url) problems.push(`request: ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load', timeout: PAGE_MS });
  return { page, problems };
}

/** [data-count] values shown, within `scope` (a CSS selector suffix for matrix columns). */
const shownCounts = (page: Page, scope = ''): Promise<Record<string, number>> =>
  page.$$eval(`[data-count]${scope}`, (els: DomElement[]) =>
    Object.fromEntries(els.map((e) => [e.getAttribute('data-count') ?? '', Number(e.textContent)])),
  );

/** How many cells or rows show each outcome. */
const outcomeTally = (page: Page, selector: string): Promise<Record<string, number>> =>
  page.$$eval(selector, (els: DomElement[]) => {
    const tally: Record<string, number> = {};
    for (const e of els) {
      const o = e.getAttribute('data-outcome')!;
      tally[o] = (tally[o] ?? 0) + 1;
    }
    return tally;
  });

const nonZero = (counts: Record<Outcome, number>): Record<string, number> =>
  Object.fromEntries(Object.entries(counts).filter(([, n]) => n > 0));

describe('report.html in headless Chromium', { timeout: 60_000 }, () => {
  it.skipIf(!hasChromium)(
    'the console listener sees what an unescaped tag would do (needs /usr/bin/chromium)',
    async () => {
      // The page shell around markup that an unescaped renderer would write: the browser refuses
      // the load, and the refusal is a console error. So "no console error" below can fail.
      const { page, problems } = await open(
        pageShell('injected', new Html('<img src="x" onerror="console.error(1)">')),
        'injected',
      );
      expect(problems.join('\n')).toMatch(/Content Security Policy|request: /);
      await page.close();
    },
  );

  it.skipIf(!hasChromium)(
    'one report opens cleanly and shows its counts, rows and failures (needs /usr/bin/chromium)',
    async () => {
      const report = sampleReport({ hostile: true });
      const { page, problems } = await open(renderHtml([report]), 'single');

      expect(await shownCounts(page)).toEqual(report.summary.counts);
      expect(await outcomeTally(page, 'tr[data-requirement]')).toEqual(
        nonZero(report.summary.counts),
      );
      const checks = await page.$$eval('[data-checks]', (els: DomElement[]) =>
        Object.fromEntries(
          els.map((e) => [e.getAttribute('data-checks') ?? '', Number(e.textContent)]),
        ),
      );
      expect(checks).toEqual(report.summary.checks);
      expect(await page.textContent('[data-verdict]')).toBe(report.summary.verdict.toUpperCase());
      expect(await page.textContent('[data-target]')).toBe(visibleControls(report.target.label));

      // The hostile label, error and bodies stayed text.
      expect(await page.$$eval('img, b, script', (els: DomElement[]) => els.length)).toBe(0);

      const failures = page.locator('details.failure');
      expect(await failures.count()).toBe(report.summary.checks.fail);
      const first = failures.first();
      expect(await first.locator('[data-sent]').first().isVisible()).toBe(false);
      await first.locator('summary').click();
      expect(await first.locator('[data-received]').last().isVisible()).toBe(true);
      expect(await first.locator('[data-received]').last().textContent()).toContain(
        'received HTTP 500',
      );

      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.skipIf(!hasChromium)(
    'a matrix of three targets opens cleanly and shows each column’s counts (needs /usr/bin/chromium)',
    async () => {
      const reports: ConformanceReport[] = [
        sampleReport({
          label: 'emulator',
          kind: 'emulator',
          plan: { fail: 0, 'unexpected-pass': 0 },
        }),
        sampleReport({ label: 'localstack', variant: 1, plan: { fail: 4 } }),
        sampleReport({ label: 'moto', variant: 2, hostile: true }),
      ];
      const { page, problems } = await open(renderHtml(reports), 'matrix');

      const labels = await page.$$eval('th[data-target]', (els: DomElement[]) =>
        els.map((e) => e.getAttribute('data-target')),
      );
      expect(labels).toEqual(reports.map((r) => visibleControls(r.target.label)));
      for (const [i, r] of reports.entries()) {
        expect(await shownCounts(page, `[data-column="${i}"]`)).toEqual(r.summary.counts);
        expect(await outcomeTally(page, `td[data-requirement][data-column="${i}"]`)).toEqual(
          nonZero(r.summary.counts),
        );
        expect(await page.textContent(`th[data-target][data-column="${i}"] [data-verdict]`)).toBe(
          r.summary.verdict.toUpperCase(),
        );
      }
      expect(await page.$$eval('img, b, script', (els: DomElement[]) => els.length)).toBe(0);

      expect(problems).toEqual([]);
      await page.close();
    },
  );

  it.skipIf(!hasChromium)(
    'the matrix shows observed values and can show only the rows that differ (needs /usr/bin/chromium)',
    async () => {
      const base = sampleReport({ label: 'emulator', kind: 'emulator' });
      const observed = base.requirements.filter((v) => v.level === 'OBSERVE').map((v) => v.id);
      const passing = base.requirements.find((v) => v.outcome === 'pass')!.id;
      const long = { body: `<b>${'x'.repeat(120)}</b>`, status: 400 };
      const other = withVerdict(
        withVerdict(
          withVerdict({ ...base, target: { ...base.target, label: 'other' } }, passing, {
            outcome: 'fail',
          }),
          observed[0]!,
          { observations: [long] },
        ),
        observed[1]!,
        { observations: ['exact names only'] },
      );
      const { page, problems } = await open(renderHtml([base, other]), 'matrix-differs');

      const visibleRows = () =>
        page.locator('table.matrix tbody tr[data-requirement]:visible').count();
      expect(await visibleRows()).toBe(base.requirements.length);
      const toggle = page.getByLabel('show only the 3 requirements that differ');
      await toggle.check();
      expect(await visibleRows()).toBe(3);
      const shown = await page
        .locator('table.matrix tbody tr[data-requirement]:visible')
        .evaluateAll((els: DomElement[]) => els.map((e) => e.getAttribute('data-requirement')));
      expect(new Set(shown)).toEqual(new Set([passing, observed[0], observed[1]]));
      expect(
        await page.locator(`tr[data-requirement="${passing}"] [data-differs-in]`).textContent(),
      ).toBe('differs: outcome');
      await toggle.uncheck();
      expect(await visibleRows()).toBe(base.requirements.length);

      // A long value: cut short until opened, then whole, and text however much markup it holds.
      const cut = page.locator(`td[data-column="1"][data-requirement="${observed[0]}"] details`);
      expect(await cut.locator('pre').isVisible()).toBe(false);
      await cut.locator('summary').click();
      expect(JSON.parse((await cut.locator('pre').textContent())!)).toEqual(long);
      expect(
        await page.textContent(
          `td[data-column="1"][data-requirement="${observed[1]}"] [data-observed]`,
        ),
      ).toBe('"exact names only"');
      expect(await page.$$eval('b', (els: DomElement[]) => els.length)).toBe(0);

      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
