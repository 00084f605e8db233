// The gate's command as users meet it: exit codes (0 pass, 1 unexpected failure, 2 usage or
// configuration error, 130 stopped), one-line errors, expectations files, the endpoint taken from
// the environment as the AWS CLI takes it, and a printed replay command that reproduces the
// failure. Each run is limited to one small suite file, against emulators on 127.0.0.1.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { spawnScript, within } from '../test-support/spawn-script.js';

/** A suite file that fails DELETE-UNKNOWN-ARN on the deviation below, and only that. */
const FILE = 'suites/delete-connection/unknown-arn.suite.ts';
const BROKEN = 'DELETE-UNKNOWN-ARN';

let broken: RunningEmulator;
beforeAll(async () => {
  broken = await startEmulator({ deviation: 'delete-repeat-succeeds' });
});
afterAll(() => broken.close());

const dir = mkdtempSync(join(tmpdir(), 'gate-cli-'));
function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

async function gate(args: string[], env: NodeJS.ProcessEnv = {}) {
  const run = spawnScript('conformance.ts', ['--only', FILE, '--seed', '1', ...args], env);
  const { code } = await within(run.exited, 120_000, `conformance ${args.join(' ')}`);
  return { code, ...run.output() };
}

describe('usage and configuration errors: exit 2, one line, no stack trace', () => {
  test.each([
    ['an unknown flag', ['--colour', 'blue'], /Unknown option '--colour'/],
    ['a bad number', ['--runs', 'many'], /--runs must be a whole number/],
    ['an unreachable endpoint', ['--endpoint', 'http://127.0.0.1:9'], /127\.0\.0\.1:9/],
    ['a missing expectations file', ['--expectations', join(dir, 'none.json')], /none\.json/],
    [
      'malformed expectations',
      ['--expectations', file('bad.json', '{"implementation":')],
      /bad\.json/,
    ],
    [
      'an expectation for an unknown requirement',
      [
        '--expectations',
        file('unknown.json', {
          implementation: 'x',
          expectations: { 'NO-SUCH-ID': { outcome: 'fail', reason: 'why' } },
        }),
      ],
      /NO-SUCH-ID/,
    ],
  ])('%s', async (_what, args, message) => {
    const { code, stderr } = await gate(args);
    expect(code, stderr).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
});

describe('verdicts', () => {
  test('the embedded emulator passes: exit 0', async () => {
    const { code, stdout } = await gate([]);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/Verdict: PASS/);
  });

  test('a target that breaks a requirement fails: exit 1, the requirement named, a replay command', async () => {
    const { code, stdout } = await gate(['--endpoint', broken.url]);
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(new RegExp(`FAIL ${BROKEN} \\(MUST\\)`));
    expect(stdout).toMatch(/Verdict: FAIL/);
    // The replay command it prints reproduces the failure on its own.
    const replay = /replay: +npm run conformance -- (.+)$/m.exec(stdout)?.[1];
    expect(replay).toBeDefined();
    const args = (replay ?? '').match(/'[^']*'|\S+/g)?.map((a) => a.replace(/^'|'$/g, '')) ?? [];
    const again = spawnScript('conformance.ts', args);
    expect((await within(again.exited, 120_000, 'replay')).code).toBe(1);
    expect(again.output().stdout).toMatch(new RegExp(`FAIL ${BROKEN} \\(MUST\\)`));
    // Two runs of the gate, each bounded by within(): the test's own timeout must hold both.
  }, 250_000);

  test('AWS_ENDPOINT_URL_APPRUNNER names the target, as for the AWS CLI', async () => {
    const { code, stdout } = await gate([], { AWS_ENDPOINT_URL_APPRUNNER: broken.url });
    expect(code, stdout).toBe(1);
    expect(stdout).toContain(broken.url);
  });

  test('a failure the expectations file lists is expected: exit 0', async () => {
    const expectations = file('known.json', {
      implementation: 'broken emulator',
      expectations: { [BROKEN]: { outcome: 'fail', reason: 'repeat deletes succeed' } },
    });
    const { code, stdout } = await gate(['--endpoint', broken.url, '--expectations', expectations]);
    expect(code, stdout).toBe(0);
    expect(stdout).toMatch(/1 expected failure/);
  });

  test('an expected failure that now passes is reported and fails the gate: exit 1', async () => {
    const expectations = file('stale.json', {
      implementation: 'faithful emulator',
      expectations: { [BROKEN]: { outcome: 'fail', reason: 'was broken once' } },
    });
    const { code, stdout } = await gate(['--expectations', expectations]);
    expect(code, stdout).toBe(1);
    expect(stdout).toMatch(/1 unexpected pass/);
    expect(stdout).toContain(BROKEN);
  });
});

test('SIGINT stops the run: exit 130, and the verdict says it is incomplete', async () => {
  const run = spawnScript('conformance.ts', []);
  await within(
    new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (/^\s+(ok|FAIL)\s/m.test(run.output().stdout)) {
          clearInterval(poll);
          resolve();
        }
      }, 50);
    }),
    120_000,
    'first test file done',
  );
  if (run.child.pid) process.kill(-run.child.pid, 'SIGINT');
  const { code } = await within(run.exited, 120_000, 'stopped run');
  const { stdout, stderr } = run.output();
  expect(code, stderr).toBe(130);
  expect(stdout).toMatch(/the run was stopped before every check had run/);
  expect(stdout).toMatch(/Verdict: FAIL/);
}, 180_000);
