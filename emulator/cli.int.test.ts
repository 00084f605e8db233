// cli/emulator.ts: prints "listening http://127.0.0.1:PORT" once it accepts requests, stops
// cleanly with exit code 0 on SIGINT, and turns bad flags into one line and exit code 2.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { startEmulator } from './start-emulator.js';
import { rawCall } from '../test-support/emulator/raw-call.js';
import { PROJECT_ROOT } from '../common/project-root.js';

// One node process (no npx or tsx wrapper in between), so the signal reaches the emulator itself.
function startCli(args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'cli/emulator.ts', ...args], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  return { child, exited, out: () => stdout, err: () => stderr };
}

async function waitFor(condition: () => boolean, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
}

describe('the emulator command', () => {
  it('prints its URL, serves, and exits 0 on SIGINT', async () => {
    const cli = startCli([
      '--port',
      '0',
      '--region',
      'eu-central-1',
      '--account-id',
      '111122223333',
    ]);
    try {
      await waitFor(() => /listening http:\/\/127\.0\.0\.1:\d+\n/.test(cli.out()), 20_000);
      const url = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(cli.out())?.[1] ?? '';
      expect(url).not.toBe('');
      const created = await rawCall(
        url,
        'CreateConnection',
        { ConnectionName: 'cli-test', ProviderType: 'GITHUB' },
        {
          headers: { 'X-Amz-Target': 'AppRunner.CreateConnection', Authorization: 'not sigv4' },
        },
      );
      expect(created.json?.Connection).toHaveProperty(
        'ConnectionArn',
        expect.stringContaining(':eu-central-1:111122223333:'),
      );
      cli.child.kill('SIGINT');
      expect(await cli.exited).toEqual([0, null]);
    } finally {
      cli.child.kill('SIGKILL');
    }
  });

  it.each([
    [['--port', 'abc'], /--port must be a whole number/],
    [['--quota=-1'], /--quota must be a whole number/],
    [['--port', '-1'], /--port must be a whole number, got "-1"/],
    [['--quota', '-5'], /--quota must be a whole number, got "-5"/],
    [['--deviation', 'no-such'], /unknown deviation "no-such"/],
    [['--account-id', '12'], /account id must be 12 digits/],
    [['--bogus'], /Unknown option/],
  ])('rejects %j with one line and exit code 2', async (args, message) => {
    const cli = startCli(args);
    const [code] = await cli.exited;
    expect(code).toBe(2);
    expect(cli.err()).toMatch(message);
    expect(cli.err().trim().split('\n')).toHaveLength(1);
  });

  it('reports a port in use in one line with exit code 2', async () => {
    const taken = await startEmulator();
    try {
      const cli = startCli(['--port', String(taken.port)]);
      const [code] = await cli.exited;
      expect(code).toBe(2);
      expect(cli.err()).toMatch(/cannot listen: .*EADDRINUSE/);
      expect(cli.err().trim().split('\n')).toHaveLength(1);
    } finally {
      await taken.close();
    }
  });
});
