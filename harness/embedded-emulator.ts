// Starts this worker's embedded emulator when the run names no endpoint (see
// harness/embedded-settings.ts), once per worker, and answers the target the worker's files use:
// the run's, pointed at that emulator, and the in-process transport to the same emulator that
// files not about HTTP itself use (harness/transport-choice.ts).
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';
import type { InProcessTransport } from './exchange-log.js';
import type { RunConfig } from './run-config.js';
import { ownsEmulators, type TargetConfig } from './target-config.js';

export interface EmbeddedTarget {
  target: TargetConfig;
  /** Set when this worker runs the emulator itself; a recording run keeps to HTTP. */
  inProcess: InProcessTransport | undefined;
}

let started: Promise<EmbeddedTarget> | undefined;

export function useEmbeddedEmulator(run: RunConfig): Promise<EmbeddedTarget> {
  return (started ??= start(run));
}

async function start({ target, emulator }: RunConfig): Promise<EmbeddedTarget> {
  if (target.kind !== 'emulator' || target.endpoint) return { target, inProcess: undefined };
  const options = {
    connectionQuota: target.connectionQuota,
    ...(target.account && { accountId: target.account }),
    ...emulator,
  };
  // Imported only here (docs/decisions/0003-lazy-imports.md).
  const { startEmulator, inProcessHandler } = await import('../emulator/index.js');
  const running = await startEmulator(options);
  return {
    target: {
      ...target,
      endpoint: running.url,
      account: target.account ?? options.accountId ?? PLACEHOLDER_ACCOUNT,
      // The embedded emulator's own: a recording keeps to what any endpoint offers.
      ...(ownsEmulators(target) && { control: `${running.url}/_emulator` }),
    },
    inProcess: ownsEmulators(target) ? inProcessHandler(running.core) : undefined,
  };
}
