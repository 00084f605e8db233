// The gate with and without a target's control interface: what only it can check is reported not
// covered, with why, when the target declares none; is checked, and fails a deviation, when it
// does; and ends unverified when the interface itself fails. Each run is one small suite file.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { spawnScript, within } from '../test-support/spawn-script.js';

const FILE = 'suites/list-connections/summary-fields.suite.ts';
const ID = 'CONN-SUMMARY-STATUS';

let faithful: RunningEmulator;
let stale: RunningEmulator;
/** Names itself as a control interface, then fails every request it is given. */
let failing: Server;
let failingUrl: string;
beforeAll(async () => {
  faithful = await startEmulator();
  stale = await startEmulator({ deviation: 'listing-shows-created-status' });
  failing = createServer((req, res) => {
    res.writeHead(req.method === 'GET' ? 200 : 500, { 'content-type': 'application/json' });
    res.end(req.method === 'GET' ? '{"control":"fake"}' : '{"message":"broken"}');
  });
  await new Promise<void>((resolve) => failing.listen(0, '127.0.0.1', resolve));
  failingUrl = `http://127.0.0.1:${(failing.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await Promise.all([faithful.close(), stale.close()]);
  failing.close();
});

async function gate(args: string[]) {
  const dir = mkdtempSync(join(tmpdir(), 'control-gate-'));
  const run = spawnScript('conformance.ts', [
    '--only',
    FILE,
    '--seed',
    '1',
    '--report-dir',
    dir,
    ...args,
  ]);
  const { code } = await within(run.exited, 120_000, `conformance ${args.join(' ')}`);
  const output = run.output();
  const report = () =>
    JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as {
      requirements: {
        id: string;
        outcome: string;
        notCoveredBecause?: string;
        blockedBy?: { reason: string }[];
      }[];
    };
  const verdict = () => report().requirements.find((r) => r.id === ID);
  return { code, ...output, verdict };
}

describe('a check that needs a control interface', () => {
  test('is not covered, with why, on a target that declares none', async () => {
    const { code, stdout, verdict } = await gate(['--endpoint', faithful.url]);
    expect(code, stdout).toBe(0);
    expect(verdict()?.outcome).toBe('not-covered');
    expect(verdict()?.notCoveredBecause).toMatch(/declares no control interface \(--control URL/);
  });

  test('passes a faithful target that declares one', async () => {
    const { code, stdout, verdict } = await gate([
      '--endpoint',
      faithful.url,
      '--control',
      `${faithful.url}/_emulator`,
    ]);
    expect(code, stdout).toBe(0);
    expect(verdict()?.outcome).toBe('pass');
  });

  test('fails a target whose listing keeps the created status', async () => {
    const { code, stdout, verdict } = await gate([
      '--endpoint',
      stale.url,
      '--control',
      `${stale.url}/_emulator`,
    ]);
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(new RegExp(`FAIL ${ID} \\(MUST\\)`));
    expect(verdict()?.outcome).toBe('fail');
  });

  test('leaves its requirement unverified when the interface fails: exit 3', async () => {
    const { code, stdout, verdict } = await gate([
      '--endpoint',
      faithful.url,
      '--control',
      failingUrl,
    ]);
    expect(code, stdout).toBe(3);
    expect(verdict()?.outcome).toBe('unverified');
    expect(verdict()?.blockedBy?.[0]?.reason).toMatch(
      /the control interface failed: control handshake answered HTTP 500/,
    );
  });
});

describe('--control given wrongly: exit 2, one line, no stack trace', () => {
  test.each([
    [
      'without --endpoint',
      () => ['--control', `${faithful.url}/_emulator`],
      /--control needs --endpoint/,
    ],
    [
      'a URL that is no control interface',
      () => ['--endpoint', faithful.url, '--control', `${faithful.url}/nope`],
      /does not answer as a control interface/,
    ],
    [
      'not a URL',
      () => ['--endpoint', faithful.url, '--control', 'emulator'],
      /--control must be an http\(s\) URL/,
    ],
  ])('%s', async (_what, args, message) => {
    const { code, stderr } = await gate(args());
    expect(code, stderr).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});
