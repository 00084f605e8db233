// `npm run emulator` started in the background, as a CI job does, and stopped by signalling npm
// alone: the emulator must not be left serving. npm hands the signal to its shell only.
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { npmEmulator, until } from '../test-support/npm-emulator.js';
import { within } from '../test-support/spawn-script.js';

const accepts = (port: number): Promise<boolean> =>
  new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

describe('npm run emulator', () => {
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops serving when npm gets %s',
    async (signal) => {
      const run = npmEmulator(['--port', '0']);
      try {
        expect(
          await until(() => /listening http:\/\/127\.0\.0\.1:\d+/.test(run.out()), 30_000),
        ).toBe(true);
        const port = Number(/127\.0\.0\.1:(\d+)/.exec(run.out())?.[1]);
        expect(await accepts(port)).toBe(true);
        // Only npm is signalled, as `kill $!` does in a CI script.
        run.npm.kill(signal);
        await within(run.exited, 10_000, 'npm exit');
        expect(await until(async () => !(await accepts(port)), 10_000)).toBe(true);
        expect(await until(() => /emulator: stopped/.test(run.err()), 10_000)).toBe(true);
      } finally {
        run.killGroup();
      }
    },
    60_000,
  );
});
