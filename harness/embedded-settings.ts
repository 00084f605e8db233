// The embedded emulator of a conformance run that names no endpoint. Every vitest worker starts
// its own, in the worker's own thread, before the first test file it runs
// (harness/embedded-emulator.ts), with the options the run puts in CONFORMANCE_EMULATOR.
// A call and its answer then stay in one thread: with the emulator in the process that runs
// vitest, each of the thousands of calls of a run handed over to another thread and back, which
// made a run about a tenth slower (npm run bench:conformance). Workers share no connections, so
// files in different workers (a machine with more cores) do not share one quota either.
import type { TargetConfig } from './target-config.js';
import type { EmulatorOptions } from '../emulator/options.js';

export const EMBEDDED_EMULATOR_VARIABLE = 'CONFORMANCE_EMULATOR';

/** The account ARNs name when the run names none. */
export const EMBEDDED_ACCOUNT = '000000000000';

/** The settings of the emulator a run against `target` embeds (the benchmarks' loops too). */
export function embeddedEmulatorSettings(
  target: Pick<TargetConfig, 'connectionQuota' | 'account' | 'region'>,
): EmulatorOptions {
  return {
    connectionQuota: target.connectionQuota,
    accountId: target.account ?? EMBEDDED_ACCOUNT,
    // Deliberately not the client's Region: ARNs must take the Region from the request.
    defaultRegion: target.region === 'eu-west-3' ? 'ap-south-2' : 'eu-west-3',
  };
}

/** The environment that hands `options` to the workers' emulators. */
export function embeddedEmulatorEnv(options: EmulatorOptions): Record<string, string> {
  return { [EMBEDDED_EMULATOR_VARIABLE]: JSON.stringify(options) };
}

/** The options the run named, if it named any. */
export function embeddedEmulatorOptions(env: NodeJS.ProcessEnv = process.env): EmulatorOptions {
  const raw = env[EMBEDDED_EMULATOR_VARIABLE];
  return raw ? (JSON.parse(raw) as EmulatorOptions) : {};
}
