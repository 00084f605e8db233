// The control interface with the AWS CLI on the other side: a handshake completed over the control
// interface shows in `aws apprunner list-connections`, and an injected 500 is retried by the CLI's
// standard retry mode. The CLI runs with fake credentials and config files that do not exist, so
// nothing of this machine's AWS setup is read. Without `aws` the tests are skipped, and say why;
// with REQUIRE_AWS_CLI=1 (CI sets it) they fail instead, so the check cannot disappear unnoticed.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CreateConnectionCommand } from '@aws-sdk/client-apprunner';
import { sdkClient } from '../test-support/emulator/sdk-client.js';
import { awsCliMissing, clientTool } from '../test-support/client-tools.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const FILE = 'aws-cli-control.int.test.ts';

const awsCli = clientTool(FILE, 'REQUIRE_AWS_CLI', 'awscli', awsCliMissing);

// A home of its own (botocore also reads ~/.aws/models and caches there) and config files that
// do not exist: only what the test sets reaches the CLI.
const home = mkdtempSync(join(tmpdir(), 'aws-cli-home-'));
afterAll(() => rmSync(home, { recursive: true, force: true }));

function cliEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  // Whatever AWS_* the machine has set (a profile, a CA bundle, a Region) stays out.
  for (const [key, value] of Object.entries(process.env))
    if (!key.startsWith('AWS_')) env[key] = value;
  return {
    ...env,
    HOME: home,
    AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
    AWS_SECRET_ACCESS_KEY: 'not-a-secret',
    AWS_CONFIG_FILE: join(home, 'no-such-dir', 'config'),
    AWS_SHARED_CREDENTIALS_FILE: join(home, 'no-such-dir', 'credentials'),
    AWS_PAGER: '',
    AWS_EC2_METADATA_DISABLED: 'true',
    ...extra,
  };
}

interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `aws apprunner ARGS` against `url`; asynchronous, so the emulator keeps answering. */
function awsApprunner(
  url: string,
  args: string[],
  extraEnv: Record<string, string> = {},
): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    execFile(
      'aws',
      ['apprunner', ...args, '--endpoint-url', url, '--region', 'us-east-1', '--output', 'json'],
      { encoding: 'utf8', timeout: 60_000, env: cliEnv(extraEnv) },
      (error, stdout, stderr) => {
        if (error && typeof error.code !== 'number') return reject(new Error(error.message));
        resolve({ code: typeof error?.code === 'number' ? error.code : 0, stdout, stderr });
      },
    );
  });
}

async function control(url: string, method: string, route: string, body?: unknown) {
  const response = await fetch(`${url}/_emulator/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

describe('the control interface through the AWS CLI', () => {
  const emulator = useEmulator();
  afterEach(() => emulator().control.reset());

  it('lists a connection whose handshake was completed over HTTP as AVAILABLE', async (context) => {
    awsCli.needIn(context);
    const url = emulator().url;
    const { Connection } = await sdkClient(url).send(
      new CreateConnectionCommand({ ConnectionName: 'cli-ctl-one', ProviderType: 'GITHUB' }),
    );
    await sdkClient(url).send(
      new CreateConnectionCommand({ ConnectionName: 'cli-ctl-two', ProviderType: 'BITBUCKET' }),
    );
    const before = await awsApprunner(url, ['list-connections']);
    expect(before.code).toBe(0);
    const handshake = await control(url, 'POST', 'handshake', {
      ConnectionArn: Connection?.ConnectionArn,
    });
    expect(handshake.status).toBe(200);
    const after = await awsApprunner(url, ['list-connections']);
    expect(after.code, after.stderr).toBe(0);
    const statuses = (run: CliRun) =>
      (
        JSON.parse(run.stdout) as {
          ConnectionSummaryList: { ConnectionName: string; Status: string }[];
        }
      ).ConnectionSummaryList.map((c) => [c.ConnectionName, c.Status]);
    expect(statuses(before)).toEqual([
      ['cli-ctl-one', 'PENDING_HANDSHAKE'],
      ['cli-ctl-two', 'PENDING_HANDSHAKE'],
    ]);
    expect(statuses(after)).toEqual([
      ['cli-ctl-one', 'AVAILABLE'],
      ['cli-ctl-two', 'PENDING_HANDSHAKE'],
    ]);
  }, 120_000);

  it('survives one injected 500 with AWS_MAX_ATTEMPTS=3 and fails with it at 1', async (context) => {
    awsCli.needIn(context);
    const url = emulator().url;
    const retries = { AWS_MAX_ATTEMPTS: '3', AWS_RETRY_MODE: 'standard' };
    const create = (name: string, env: Record<string, string>) =>
      awsApprunner(
        url,
        ['create-connection', '--connection-name', name, '--provider-type', 'GITHUB'],
        env,
      );

    // Without retries the injected error reaches the command: the fault does take the CLI's call.
    await control(url, 'POST', 'faults', { operation: 'CreateConnection', kind: 'error' });
    const once = await create('cli-ctl-once', { AWS_MAX_ATTEMPTS: '1' });
    expect(once.code).not.toBe(0);
    expect(once.stderr).toMatch(/InternalServiceErrorException/);
    expect((await control(url, 'GET', 'faults')).json).toEqual({ faults: [] });

    const injected = await control(url, 'POST', 'faults', {
      operation: 'CreateConnection',
      kind: 'error',
    });
    expect(injected.json.fault).toMatchObject({ count: 1, taken: 0 });
    const run = await create('cli-ctl-retried', retries);
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({
      Connection: { ConnectionName: 'cli-ctl-retried', Status: 'PENDING_HANDSHAKE' },
    });
    // Taken once (a counted fault is gone after its last call), by the first attempt.
    expect((await control(url, 'GET', 'faults')).json).toEqual({ faults: [] });
    const listed = await awsApprunner(url, ['list-connections'], retries);
    expect(
      (
        JSON.parse(listed.stdout) as { ConnectionSummaryList: { ConnectionName: string }[] }
      ).ConnectionSummaryList.map((c) => c.ConnectionName),
    ).toEqual(['cli-ctl-retried']);
  }, 120_000);
});
