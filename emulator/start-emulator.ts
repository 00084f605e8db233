// Starts the emulator in-process on 127.0.0.1 and returns its URL and a close function; the CLI
// (cli/emulator.ts), the tests and the conformance runner all start it this way.
import type { AddressInfo } from 'node:net';
import { EmulatorCore } from './emulator-core.js';
import { createHttpServer } from './http-adapter.js';
import { resolveOptions, type EmulatorOptions } from './options.js';

export interface RunningEmulator {
  /** http://127.0.0.1:PORT, to use as a client's endpoint. */
  url: string;
  port: number;
  /** Stops listening and closes every connection, idle or not. Safe to call twice. */
  close(): Promise<void>;
}

// Unexpected exceptions are bugs: they are answered 500 and logged here, without request data.
function logInternalError(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`emulator: internal error: ${text}\n`);
}

export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings = resolveOptions(options);
  const server = createHttpServer(new EmulatorCore(settings, logInternalError), settings);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(settings.port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  let closing: Promise<void> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
