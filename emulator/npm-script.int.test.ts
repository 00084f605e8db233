// `npm run emulator` started in the background, as a CI job does, and stopped by signalling npm
// alone: the emulator must not be left serving. npm hands the signal to its shell only.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../common/project-root.js';
import { within } from '../test-support/spawn-script.js';

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

async function until(condition: () => Promise<boolean> | boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

describe('npm run emulator', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops serving when npm gets %s',
    async (signal) => {
      // Its own process group, so that whatever is left can be cleaned up below by the group's id.
      const npm = spawn('npm', ['run', '--silent', 'emulator', '--', '--port', '0'], {
        cwd: PROJECT_ROOT,
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      npm.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
      npm.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
      try {
        expect(await until(() => /listening http:\/\/127\.0\.0\.1:\d+/.test(stdout), 30_000)).toBe(
          true,
        );
        const port = Number(/127\.0\.0\.1:(\d+)/.exec(stdout)?.[1]);
        expect(await accepts(port)).toBe(true);
        // Only npm is signalled, as `kill $!` does in a CI script.
        const npmExited = new Promise((resolve) => npm.once('exit', resolve));
        npm.kill(signal);
        await within(npmExited, 10_000, 'npm exit');
        expect(await until(async () => !(await accepts(port)), 10_000)).toBe(true);
        expect(await until(() => /emulator: stopped/.test(stderr), 10_000)).toBe(true);
      } finally {
        try {
          process.kill(-(npm.pid ?? 0), 'SIGKILL');
        } catch {
          // The group is gone already: nothing was left behind.
        }
      }
    },
    60_000,
  );
});
