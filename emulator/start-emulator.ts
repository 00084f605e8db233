// Starts the emulator in-process on 127.0.0.1 and returns its URL and a close function; the CLI
// (cli/emulator.ts), the tests and the conformance runner all start it this way.
import type { AddressInfo } from 'node:net';
import type { EmulatorControl } from './control/control.js';
import { EmulatorCore } from './emulator-core.js';
import { createHttpServer } from './http-adapter.js';
import { resolveOptions, type EmulatorOptions } from './options.js';

/** The client settings {@link RunningEmulator.clientConfig} answers. */
export interface EmulatorClientConfig {
  /** The emulator's URL. */
  endpoint: string;
  /** The Region the client signs for, which the ARNs it gets carry. */
  region: string;
  /** Placeholder credentials: the emulator does not verify signatures. */
  credentials: { accessKeyId: string; secretAccessKey: string };
}

/** Placeholder credentials: the emulator reads only the Region of a signature's scope. */
const PLACEHOLDER_CREDENTIALS = {
  accessKeyId: 'AKIDEMULATOR',
  secretAccessKey: 'emulator-placeholder-secret',
};

/** An emulator listening on 127.0.0.1, as {@link startEmulator} returns it. */
export interface RunningEmulator {
  /** http://127.0.0.1:PORT, to use as a client's endpoint. */
  url: string;
  /** The TCP port it listens on (the one picked when the options asked for 0). */
  port: number;
  /**
   * The core the server answers with: {@link inProcessHandler} of it reaches the same connections
   * from an SDK client in this process, without sockets.
   */
  core: EmulatorCore;
  /** Handshakes, faults and reset (the same as the HTTP control interface under /_emulator/). */
  control: EmulatorControl;
  /**
   * What an AWS SDK client needs to reach this emulator: its endpoint, a Region (by default the
   * emulator's) and placeholder credentials (signatures are not verified):
   * `new AppRunnerClient(emulator.clientConfig())`.
   */
  clientConfig(region?: string): EmulatorClientConfig;
  /** Stops listening and closes every connection, idle or not. Safe to call twice. */
  close(): Promise<void>;
}

// Unexpected exceptions are bugs: they are answered 500 and logged here, without request data.
function logInternalError(error: unknown): void {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`emulator: internal error: ${text}\n`);
}

/**
 * Starts the reference emulator of the App Runner connection API on 127.0.0.1, in this process.
 *
 * @param options - Port, account, Region, quota, and a deviation or variants to run with;
 *   checked by {@link resolveOptions}.
 * @returns The running emulator: its URL, to use as a client's endpoint, and a close function.
 * @throws {@link EmulatorOptionsError} when an option is out of range or names no known change.
 *
 * @example
 * ```ts
 * import { AppRunnerClient, ListConnectionsCommand } from '@aws-sdk/client-apprunner';
 * import { startEmulator } from 'apprunner-connection-conformance/emulator';
 *
 * const emulator = await startEmulator({ accountId: '123456789012' });
 * const client = new AppRunnerClient({
 *   endpoint: emulator.url,
 *   region: 'us-east-1',
 *   credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
 * });
 * const { ConnectionSummaryList } = await client.send(new ListConnectionsCommand({}));
 * await emulator.close();
 * ```
 */
export async function startEmulator(options: EmulatorOptions = {}): Promise<RunningEmulator> {
  const settings = resolveOptions(options);
  const core = new EmulatorCore(settings, logInternalError);
  const server = createHttpServer(core, settings);
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
    core,
    control: core.control,
    clientConfig: (region = settings.defaultRegion) => ({
      endpoint: `http://127.0.0.1:${port}`,
      region,
      credentials: { ...PLACEHOLDER_CREDENTIALS },
    }),
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      })),
  };
}
