// The gate's verdict can be trusted: a pass is earned (an expectations file masks only what it
// names), a selection or a target the gate cannot judge is a usage error (one line, exit 2)
// instead of a verdict about nothing, and a faithful endpoint in an ordinary state (connections
// already there, hundreds of DELETED ones listed) passes. Every server here listens on 127.0.0.1
// and every run is limited to a few small suite files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { spawnScript, within } from '../test-support/spawn-script.js';

const RUN_MS = 150_000;
const dir = mkdtempSync(join(tmpdir(), 'trusted-'));

async function gate(args: string[]) {
  const run = spawnScript('conformance.ts', ['--seed', '1', ...args]);
  const { code } = await within(run.exited, RUN_MS, `conformance ${args.join(' ')}`);
  return { code, ...run.output() };
}

function expectUsageError(
  result: { code: number | null; stdout: string; stderr: string },
  message: RegExp,
) {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at /);
  expect(result.stdout).not.toMatch(/Verdict:/);
}

/** Answers every request as `python3 -m http.server` answers a POST: 501 with an HTML page. */
let stub: Server;
let stubUrl: string;
let offByOne: RunningEmulator;
let fourThere: RunningEmulator;
let quotaFull: RunningEmulator;
let deletedListed: RunningEmulator;
let missingNotFound: RunningEmulator;
let quotaOffByOne: RunningEmulator;
let noQuota: RunningEmulator;

beforeAll(async () => {
  stub = createServer((_req, res) => {
    res.writeHead(501, { 'content-type': 'text/html;charset=utf-8' });
    res.end('<html><body><h1>Error response</h1><p>Error code: 501</p></body></html>');
  });
  await new Promise<void>((resolve) => stub.listen(0, '127.0.0.1', resolve));
  stubUrl = `http://127.0.0.1:${(stub.address() as AddressInfo).port}`;
  [offByOne, fourThere, quotaFull, deletedListed, missingNotFound, quotaOffByOne, noQuota] =
    await Promise.all([
      startEmulator({ deviation: 'name-max-off-by-one' }),
      startEmulator({ preexistingConnections: 4 }),
      startEmulator({ preexistingConnections: 10 }),
      startEmulator({ variants: ['deleted-connections-listed'] }),
      startEmulator({ variants: ['missing-name-not-found'] }),
      startEmulator({ deviation: 'quota-off-by-one' }),
      startEmulator({ connectionQuota: 1000 }),
    ]);
});
afterAll(async () => {
  await new Promise((resolve) => stub.close(resolve));
  await Promise.all(
    [offByOne, fourThere, quotaFull, deletedListed, missingNotFound, quotaOffByOne, noQuota].map(
      (e) => e.close(),
    ),
  );
});

describe('a pass is earned', () => {
  test(
    'name-max-off-by-one with its name constraints expected to fail: the requirements its failing checks also cite are unverified, exit 3',
    async () => {
      const expectations = join(dir, 'off-by-one.json');
      writeFileSync(
        expectations,
        JSON.stringify({
          implementation: 'off by one',
          expectations: {
            'shape.ConnectionName.length': { outcome: 'fail', reason: 'names of 32 are refused' },
            'shape.ConnectionName.pattern': { outcome: 'fail', reason: 'names of 32 are refused' },
          },
        }),
      );
      const { code, stdout } = await gate([
        '--endpoint',
        offByOne.url,
        '--expectations',
        expectations,
        '--only',
        'suites/create-connection/valid-input.suite.ts',
        '--only',
        'suites/create-connection/valid-names.suite.ts',
      ]);
      expect(code, stdout).toBe(3);
      for (const id of [
        'CONN-CREATE-STATUS',
        'CONN-CREATE-ECHO',
        'CONN-CREATED-AT',
        'CONN-ARN-FORMAT',
      ])
        expect(stdout).toMatch(new RegExp(`^UNVERIFIED ${id} \\(MUST\\)`, 'm'));
      expect(stdout).toMatch(/^ {2}blocked: {2}failed for shape\.ConnectionName\.length/m);
      expect(stdout).toMatch(/expected failure shape\.ConnectionName\.length/);
      expect(stdout).toMatch(/Verdict: UNVERIFIED/);
    },
    RUN_MS,
  );
});

test(
  'a target that refuses no create past the quota: CONN-QUOTA fails, the checks of its error body are unverified',
  async () => {
    const { code, stdout } = await gate([
      '--endpoint',
      noQuota.url,
      '--only',
      'suites/quota/quota.serial.suite.ts',
    ]);
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(/^FAIL CONN-QUOTA \(MUST\)/m);
    expect(stdout).toMatch(/^UNVERIFIED WIRE-ERROR-STATUS \(MUST\)/m);
    expect(stdout).toMatch(/blocked: {2}no create was refused past the quota of 10/);
  },
  RUN_MS,
);

describe('what the gate cannot judge is a usage error, before anything is created', () => {
  test.each([
    [
      '--only naming no suite file',
      ['--only', 'suites/no-such.suite.ts'],
      /--only suites\/no-such\.suite\.ts matched no suite file/,
    ],
    [
      '--test matching no check',
      ['--only', 'suites/delete-connection/unknown-arn.suite.ts', '--test', 'no such check'],
      /--test 'no such check' matched no check/,
    ],
    [
      '--region in upper case',
      ['--region', 'US-EAST-1'],
      /--region must be a Region name in lower case .* got "US-EAST-1"; did you mean us-east-1\?/,
    ],
    ['an empty --region', ['--region', ''], /--region is empty/],
  ])(
    '%s',
    async (_what, args, message) => {
      expectUsageError(await gate(args), message);
    },
    RUN_MS,
  );

  test(
    '--report-dir naming a file',
    async () => {
      const file = join(dir, 'a-file');
      writeFileSync(file, '');
      expectUsageError(
        await gate(['--report-dir', file]),
        /--report-dir .*a-file is a file, not a directory/,
      );
    },
    RUN_MS,
  );

  test(
    'a target that does not answer like AWS JSON 1.0 (python3 -m http.server)',
    async () => {
      expectUsageError(
        await gate(['--endpoint', stubUrl]),
        /does not answer like an AWS JSON 1\.0 service \(ListConnections got HTTP 501, text\/html\)/,
      );
    },
    RUN_MS,
  );

  test(
    'a quota already full: how much room there is and what the checks need',
    async () => {
      expectUsageError(
        await gate(['--endpoint', quotaFull.url]),
        /holds 10 connection\(s\) of a quota of 10: room for 0, and the checks need 4 at once/,
      );
    },
    RUN_MS,
  );
});

describe('a faithful endpoint in an ordinary state passes', () => {
  const listing = [
    '--only',
    'suites/list-connections/pagination.suite.ts',
    '--only',
    'suites/list-connections/all-without-max.serial.suite.ts',
    '--only',
    'suites/quota/quota.serial.suite.ts',
  ];

  test(
    '4 connections already in the account',
    async () => {
      const { code, stdout } = await gate(['--endpoint', fourThere.url, ...listing]);
      expect(code, stdout).toBe(0);
      expect(stdout).toMatch(/Requirements: \d+ pass, 0 fail, 0 unverified/);
    },
    RUN_MS,
  );

  test(
    '300 DELETED connections listed, paged with MaxResults within 1..100',
    async () => {
      const { code, stdout } = await gate(['--endpoint', deletedListed.url, ...listing]);
      expect(code, stdout).toBe(0);
      expect(stdout).toMatch(/Requirements: \d+ pass, 0 fail, 0 unverified/);
      expect(stdout).not.toMatch(/MaxResults must be <= 100/);
    },
    RUN_MS,
  );
});

describe('the console shows what was judged', () => {
  test(
    'sent/received are the create the quota check judged, not the cleanup after it',
    async () => {
      const { code, stdout } = await gate([
        '--endpoint',
        quotaOffByOne.url,
        '--only',
        'suites/quota/quota.serial.suite.ts',
      ]);
      expect(code, stdout).toBe(1);
      const failure = stdout.slice(stdout.indexOf('FAIL CONN-QUOTA (MUST)'));
      expect(failure).toMatch(/^ {2}sent: {5}CreateConnection /m);
      expect(failure).toMatch(/^ {2}received: HTTP 200 /m);
    },
    RUN_MS,
  );

  test(
    'an observation that meets an error answer records it: no FAIL line under a PASS',
    async () => {
      const { code, stdout } = await gate([
        '--endpoint',
        missingNotFound.url,
        '--only',
        'suites/list-connections/observations.suite.ts',
      ]);
      expect(code, stdout).toBe(0);
      expect(stdout).not.toMatch(/^\s*FAIL /m);
      expect(stdout).toMatch(/OBS-LIST-DELETED-VISIBLE: \{"error":"ResourceNotFoundException"/);
      expect(stdout).toMatch(/Verdict: PASS/);
    },
    RUN_MS,
  );
});
