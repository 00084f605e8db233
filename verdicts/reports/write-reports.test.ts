import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { sampleReport } from '../../test-support/sample-report.js';
import type { ConformanceReport } from '../model.js';
import { reportProblems } from './validate-report.js';
import { writeReports } from './write-reports.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-reports-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const listing = async (d: string) => (await readdir(d)).sort();

describe('writeReports', () => {
  test('creates the directory and writes the three reports, nothing else', async () => {
    const out = join(dir, 'reports', 'run-1');
    const report = sampleReport();
    const written = await writeReports(report, out, {});
    expect(written).toEqual(['report.json', 'junit.xml', 'report.html'].map((f) => join(out, f)));
    expect(await listing(out)).toEqual(['junit.xml', 'report.html', 'report.json']);

    const json: unknown = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(json).toEqual(report);
    expect(reportProblems(json)).toEqual([]);
    expect(XMLValidator.validate(await readFile(join(out, 'junit.xml'), 'utf8'))).toBe(true);
    expect(await readFile(join(out, 'report.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  test('replaces the reports of a previous run', async () => {
    await writeReports(sampleReport({ label: 'first' }), dir, {});
    await writeReports(sampleReport({ label: 'second' }), dir, {});
    const json = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
    expect(json.target.label).toBe('second');
    expect(await listing(dir)).toEqual(['junit.xml', 'report.html', 'report.json']);
  });

  test('appends the Markdown summary to $GITHUB_STEP_SUMMARY, keeping what is there', async () => {
    const summary = join(dir, 'step-summary.md');
    await writeFile(summary, '# Earlier step\n');
    const out = join(dir, 'out');
    const written = await writeReports(sampleReport(), out, { GITHUB_STEP_SUMMARY: summary });
    expect(written.at(-1)).toBe(summary);
    await writeReports(sampleReport({ label: 'again' }), out, { GITHUB_STEP_SUMMARY: summary });
    const text = await readFile(summary, 'utf8');
    expect(text.startsWith('# Earlier step\n## Conformance ❌ FAIL: localstack\n')).toBe(true);
    expect(text).toContain('## Conformance ❌ FAIL: again');
  });

  test('without $GITHUB_STEP_SUMMARY no summary is written', async () => {
    const written = await writeReports(sampleReport(), join(dir, 'out'), {
      GITHUB_STEP_SUMMARY: '',
    });
    expect(written).toHaveLength(3);
    expect(await listing(dir)).toEqual(['out']);
  });

  test('a report that cannot be written leaves the previous reports as they were', async () => {
    await writeReports(sampleReport({ label: 'previous' }), dir, {});
    const before = await Promise.all(
      ['report.json', 'junit.xml', 'report.html'].map((f) => readFile(join(dir, f), 'utf8')),
    );
    const summary = join(dir, 'step-summary.md');
    const broken = sampleReport();
    // JSON cannot hold a BigInt: what an observation with an unconverted value would do.
    broken.requirements.find((r) => r.outcome === 'observed')!.observations.push(10n);
    await expect(writeReports(broken, dir, { GITHUB_STEP_SUMMARY: summary })).rejects.toThrow(
      /BigInt/,
    );
    const after = await Promise.all(
      ['report.json', 'junit.xml', 'report.html'].map((f) => readFile(join(dir, f), 'utf8')),
    );
    expect(after).toEqual(before);
    expect(await listing(dir)).toEqual(['junit.xml', 'report.html', 'report.json']);
  });
});
