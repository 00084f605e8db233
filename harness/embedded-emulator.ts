// Starts this worker's embedded emulator when the run names no endpoint (see
// harness/embedded-settings.ts), once per worker, and points the worker's target at it.
import { embeddedEmulatorOptions } from './embedded-settings.js';
import { TARGET_ENV, targetConfigFromEnv } from './target-config.js';

let started: Promise<void> | undefined;

export function useEmbeddedEmulator(): Promise<void> {
  return (started ??= start());
}

async function start(): Promise<void> {
  const config = targetConfigFromEnv();
  if (config.kind !== 'emulator' || config.endpoint) return;
  const options = {
    connectionQuota: config.connectionQuota,
    ...(config.account && { accountId: config.account }),
    ...embeddedEmulatorOptions(),
  };
  // Imported only here: runs against an endpoint or fixtures do not load the emulator at all.
  const { startEmulator } = await import('../emulator/index.js');
  const emulator = await startEmulator(options);
  process.env[TARGET_ENV.endpoint] = emulator.url;
  process.env[TARGET_ENV.account] ??= options.accountId ?? '000000000000';
}
