// The embedded emulator of a conformance run that names no endpoint. Every vitest worker starts
// its own, in the worker's own thread, before the first test file it runs
// (harness/embedded-emulator.ts), with the options of the run's configuration.
// A call and its answer then stay in one thread: with the emulator in the process that runs
// vitest, each call handed over to another thread and back, which made a run about a tenth slower
// (npm run bench:conformance). Workers share no connections and no quota.
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';
import type { TargetConfig } from './target-config.js';
import type { EmulatorOptions } from '../emulator/options.js';

/** The settings of the emulator a run against `target` embeds (the benchmarks' loops too). */
export function embeddedEmulatorSettings(
  target: Pick<TargetConfig, 'connectionQuota' | 'account' | 'region'>,
): EmulatorOptions {
  return {
    connectionQuota: target.connectionQuota,
    accountId: target.account ?? PLACEHOLDER_ACCOUNT,
    // Deliberately not the client's Region: ARNs must take the Region from the request.
    defaultRegion: target.region === 'eu-west-3' ? 'ap-south-2' : 'eu-west-3',
  };
}
