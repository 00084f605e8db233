// A live run against a service that throttles and fails now and then: every call recovers with
// the SDK's back-off (raw calls included), the verdict is unaffected, and the report counts
// exactly the answers that were retried, apart from conformance failures.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startFlakyProxy, type FlakyProxy } from '../test-support/flaky-proxy.js';
import { useLiveHarness } from '../test-support/live-harness.js';
import { spawnScript, within } from '../test-support/spawn-script.js';
import type { ConformanceReport } from '../verdicts/model.js';

const live = useLiveHarness({ keyIdTag: 'fakeretrytest001', secret: 'fake-retry-test-secret' });
let proxy: FlakyProxy;
beforeAll(async () => {
  proxy = await startFlakyProxy(live.url, 7);
});
afterAll(() => proxy.close());

test('throttling and 503 answers are retried, counted apart, and change no verdict', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'retries-'));
  const run = spawnScript(
    'conformance.ts',
    [
      ...live.flags(proxy.url),
      '--rate',
      '1000',
      '--runs',
      '2',
      '--seed',
      '3',
      '--ledger',
      join(dir, 'ledger.jsonl'),
      '--report-dir',
      join(dir, 'reports'),
      // SDK calls (tagging) and raw calls (malformed requests, invalid tags).
      '--only',
      'suites/tagging',
      '--only',
      'suites/wire/malformed.suite.ts',
    ],
    live.env,
  );
  const { code } = await within(run.exited, 180_000, 'live run behind a flaky proxy');
  const { stdout, stderr } = run.output();
  expect(code, stdout.slice(-2000) + stderr).toBe(0);
  const report = JSON.parse(
    readFileSync(join(dir, 'reports/report.json'), 'utf8'),
  ) as ConformanceReport;
  expect(report.summary.checks.fail).toBe(0);
  // Not vacuous: the proxy made answers of both kinds up, and the report counts each one.
  expect(proxy.injected.throttling).toBeGreaterThan(2);
  expect(proxy.injected.transient).toBeGreaterThan(2);
  expect(report.live?.retried).toEqual(proxy.injected);
  expect(stdout).toMatch(
    `answers retried with back-off: ${proxy.injected.throttling} throttling, ${proxy.injected.transient} transient`,
  );
  expect(await live.connectionsLeft()).toEqual([]);
}, 200_000);
