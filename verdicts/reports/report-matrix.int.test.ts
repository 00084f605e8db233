// cli/report-matrix.ts as a user runs it: reports in, one page out, and any bad input named
// on one line of stderr with exit code 2 and nothing written.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runScript } from '../../test-support/run-script.js';
import { sampleReport } from '../../test-support/sample-report.js';

const dir = mkdtempSync(join(tmpdir(), 'report-matrix-'));
const inputs = ['emulator', 'localstack', 'moto'].map((label, variant) => {
  const path = join(dir, `${label}.json`);
  writeFileSync(path, JSON.stringify(sampleReport({ label, variant })));
  return path;
});

function expectUsageError(r: ReturnType<typeof runScript>, message: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^report-matrix: error: /);
  expect(lines[0]).toMatch(message);
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run starts a Node process through tsx: a couple of seconds, more on a busy machine.
describe('report-matrix', { timeout: 60_000 }, () => {
  const out = join(dir, 'pages', 'matrix.html');
  let ok: ReturnType<typeof runScript>;
  beforeAll(() => {
    ok = runScript('report-matrix.ts', [...inputs, '--out', out]);
  }, 60_000);

  test('writes one page with a column per report, in the order given', () => {
    expect(ok.stderr).toBe('');
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/wrote .*matrix\.html \(3 targets\)/);
    const page = readFileSync(out, 'utf8');
    const labels = [...page.matchAll(/<th data-column="\d" data-target="([^"]*)">/g)].map(
      (m) => m[1],
    );
    expect(labels).toEqual(['emulator', 'localstack', 'moto']);
  });

  test('a missing report is named and nothing is written', () => {
    const target = join(dir, 'missing.html');
    const r = runScript('report-matrix.ts', [inputs[0]!, join(dir, 'nope.json'), '--out', target]);
    expectUsageError(r, /nope\.json: no such file/);
    expect(existsSync(target)).toBe(false);
  });

  test('a report that breaks the schema is named with what is wrong, and the old page stays', () => {
    const bad = sampleReport() as unknown as { requirements: { outcome: string }[] };
    bad.requirements[3]!.outcome = 'flaky';
    const badPath = join(dir, 'bad.json');
    writeFileSync(badPath, JSON.stringify(bad));
    const before = readFileSync(out, 'utf8');
    const r = runScript('report-matrix.ts', [inputs[0]!, badPath, '--out', out]);
    expectUsageError(
      r,
      /bad\.json: not a conformance report: \/requirements\/3\/outcome must be equal to one of the allowed values/,
    );
    expect(readFileSync(out, 'utf8')).toBe(before);
  });

  test('a file that is not JSON is named', () => {
    const notJson = join(dir, 'junit.xml');
    writeFileSync(notJson, '<?xml version="1.0"?>\n<testsuites/>\n');
    const r = runScript('report-matrix.ts', [notJson, '--out', join(dir, 'x.html')]);
    expectUsageError(r, /junit\.xml: not JSON/);
    expect(existsSync(join(dir, 'x.html'))).toBe(false);
  });

  test('no --out, no report, or an unknown flag is a usage error', () => {
    expectUsageError(runScript('report-matrix.ts', inputs), /--out FILE is required/);
    expectUsageError(
      runScript('report-matrix.ts', ['--out', join(dir, 'y.html')]),
      /at least one report/,
    );
    expectUsageError(
      runScript('report-matrix.ts', [...inputs, '--out', join(dir, 'y.html'), '--colour']),
      /Unknown option '--colour'/,
    );
    expect(existsSync(join(dir, 'y.html'))).toBe(false);
  });
});
