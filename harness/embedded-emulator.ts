// Starts this worker's embedded emulator when the run names no endpoint (see
// harness/embedded-settings.ts), once per worker, and answers the target the worker's files use:
// the run's, pointed at that emulator.
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';
import type { RunConfig } from './run-config.js';
import type { TargetConfig } from './target-config.js';

let started: Promise<TargetConfig> | undefined;

export function useEmbeddedEmulator(run: RunConfig): Promise<TargetConfig> {
  return (started ??= start(run));
}

async function start({ target, emulator }: RunConfig): Promise<TargetConfig> {
  if (target.kind !== 'emulator' || target.endpoint) return target;
  const options = {
    connectionQuota: target.connectionQuota,
    ...(target.account && { accountId: target.account }),
    ...emulator,
  };
  // Imported only here (docs/decisions/0003-lazy-imports.md).
  const { startEmulator } = await import('../emulator/index.js');
  const running = await startEmulator(options);
  return {
    ...target,
    endpoint: running.url,
    account: target.account ?? options.accountId ?? PLACEHOLDER_ACCOUNT,
  };
}
