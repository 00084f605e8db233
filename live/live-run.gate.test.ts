// The live profile end to end, against the reference emulator treated as a real account (a
// test-only switch): the guard refuses what it must, a full run stays within its call budget and
// leaves nothing behind, and nothing it writes (console, reports) carries a credential or the
// account id.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { LIVE_ACCOUNT as ACCOUNT, useLiveHarness } from '../test-support/live-harness.js';
import { spawnScript, within } from '../test-support/spawn-script.js';
import type { ConformanceReport } from '../verdicts/model.js';

/** The documented ceiling of a full live run's API calls (RUNNING.md). */
const CALL_CEILING = 3000;

const FAKE_SECRET = 'fake-live-secret/recognisable+0123456789abcdef';
const FAKE_SESSION_TOKEN = 'FAKESESSIONTOKENrecognisable0123456789';
const live = useLiveHarness({
  keyIdTag: 'fakelivetest0001',
  secret: FAKE_SECRET,
  sessionToken: FAKE_SESSION_TOKEN,
});
const connectionsLeft = async (): Promise<number> => (await live.connectionsLeft()).length;

describe('the guard', () => {
  test.each([
    ['without --live', [] as string[], /needs --live and --account/],
    ['with --live and no account', ['--live'], /at least one --account/],
    ['for an account not allowed', ['--live', '--account', '999999999999'], /not allowed/],
  ])('refuses %s with exit code 2 and creates nothing', async (_what, flags, message) => {
    const run = spawnScript(
      'conformance.ts',
      ['--endpoint', live.url, '--sts-endpoint', live.stsUrl, ...flags],
      live.env,
    );
    const { code } = await within(run.exited, 60_000, 'refused run');
    const { stderr } = run.output();
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(await connectionsLeft()).toBe(0);
  });
});

describe('a full live run', () => {
  const dir = mkdtempSync(join(tmpdir(), 'live-run-'));
  let out = { stdout: '', stderr: '' };
  let code: number | null = null;
  beforeAll(async () => {
    const run = spawnScript(
      'conformance.ts',
      [
        ...live.flags(),
        '--rate',
        '1000',
        '--ledger',
        join(dir, 'ledger.jsonl'),
        '--report-dir',
        join(dir, 'reports'),
        '--seed',
        '7',
      ],
      live.env,
    );
    code = (await within(run.exited, 240_000, 'live run')).code;
    out = run.output();
  }, 250_000);

  test('passes, within its call budget, and leaves no connection', async () => {
    expect(code, out.stdout.slice(-2000) + out.stderr).toBe(0);
    const report = JSON.parse(
      readFileSync(join(dir, 'reports/report.json'), 'utf8'),
    ) as ConformanceReport;
    expect(report.live?.calls).toBeGreaterThan(100);
    expect(report.live?.calls).toBeLessThanOrEqual(CALL_CEILING);
    expect(report.live?.cleanup.failed).toBe(0);
    expect(await connectionsLeft()).toBe(0);
    console.log(
      `full live run against the emulator: ${report.live?.calls} API calls, ${report.summary.cases} cases`,
    );
  });

  test('names carry the run prefix and connections carry the run tags (the ledger says so)', () => {
    const ledger = readFileSync(join(dir, 'ledger.jsonl'), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { event: string; name?: string });
    const created = ledger.filter((e) => e.event === 'created');
    expect(created.length).toBeGreaterThan(10);
    for (const e of created) expect(e.name).toMatch(/^cfm-[0-9a-f]{4}-/);
  });

  test('no credential, signature or account id in anything written but the ledger', () => {
    const written = [
      out.stdout,
      out.stderr,
      ...readdirSync(join(dir, 'reports')).map((f) =>
        readFileSync(join(dir, 'reports', f), 'utf8'),
      ),
    ].join('\n');
    for (const secret of [
      live.env.AWS_ACCESS_KEY_ID ?? 'unset',
      FAKE_SECRET,
      FAKE_SESSION_TOKEN,
      ACCOUNT,
    ]) {
      expect(written.includes(secret), `found ${secret.slice(0, 6)}...`).toBe(false);
    }
    expect(written).not.toMatch(/Signature=[0-9a-f]{64}|AWS4-HMAC-SHA256 Credential/);
    // The scan is not vacuous: the account is in the ledger, and the reports are non-empty.
    expect(readFileSync(join(dir, 'ledger.jsonl'), 'utf8')).toContain(ACCOUNT);
    expect(written.length).toBeGreaterThan(10_000);
  });
});
