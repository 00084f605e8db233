// Starts the embedded reference emulator for the run when no other target is named, and hands
// its URL to every worker through the environment. A replay of fixtures takes its seed, runs,
// names and Region from the fixture set instead.
import { replayEnv } from '../../targets/fixtures/replay-plan.js';
import { startEmulator } from '../../targets/emulator/index.js';
import { TARGET_ENV, targetConfigFromEnv } from '../../targets/target-config.js';

export default async function setup(): Promise<(() => Promise<void>) | undefined> {
  const config = targetConfigFromEnv();
  if (config.kind === 'fixtures') Object.assign(process.env, replayEnv(config));
  if (config.kind !== 'emulator' || config.endpoint) return undefined;
  const emulator = await startEmulator({
    connectionQuota: config.connectionQuota,
    ...(config.account && { accountId: config.account }),
  });
  process.env[TARGET_ENV.endpoint] = emulator.url;
  process.env[TARGET_ENV.account] ??= config.account ?? '000000000000';
  return () => emulator.close();
}
