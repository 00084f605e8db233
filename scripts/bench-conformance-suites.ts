// Suite throughput for scripts/bench-conformance.ts: one conformance run in this process, as
// `npm run conformance` makes it (runConformance, vitest in this process, the suites in vitest's
// worker threads), against an emulator that counts what it is asked; then the plain loop of the
// same calls (bench-conformance-loop.ts) in a worker thread against the same emulator. To be
// counted, the emulator runs in a worker thread of its own (npm run conformance starts one in
// each vitest worker instead: targets/emulator/embedded.ts), as a target named by --endpoint
// would, and both are measured against it alike; in the main thread, vitest's own work there
// would delay its answers to the suites and not to the loop.
//   node --import tsx scripts/bench-conformance-suites.ts SEED RUNS LOOP_MS
// Prints one JSON line (SuitesResult).
import { randomBytes } from 'node:crypto';
import {
  targetConfigFromEnv,
  targetConfigToEnv,
  type TargetConfig,
} from '../targets/target-config.js';
import { runConformance } from '../verdicts/run-conformance.js';
import {
  mixOf,
  startCountingEmulatorThread,
  tsWorker,
  type MixKey,
} from './bench-conformance-mix.js';

export interface SuitesResult {
  cases: number;
  checks: number;
  verdict: string;
  /** Requests the suites made (the preflight left out) and the span from the first to the last. */
  calls: number;
  testPhaseSeconds: number;
  callsPerSecond: number;
  /** The sum of the checks' own durations (vitest's per-test figures). */
  checkSeconds: number;
  mix: Partial<Record<MixKey, number>>;
  loop: { calls: number; seconds: number; callsPerSecond: number };
}

/** The plain loop (bench-conformance-loop.ts) in a worker thread, loaded through tsx. */
function plainLoop(
  mix: Partial<Record<MixKey, number>>,
  target: TargetConfig,
  ms: number,
): Promise<SuitesResult['loop']> {
  const worker = tsWorker(new URL('./bench-conformance-loop.ts', import.meta.url), {
    argv: [JSON.stringify(mix), String(ms), '1000'],
    env: { ...process.env, ...targetConfigToEnv({ ...target, namePrefix: 'bloop-' }) },
  });
  // Its result once it has exited, that is once it has deleted what it made.
  let result: SuitesResult['loop'] | undefined;
  return new Promise((resolve, reject) => {
    worker.once('message', (m: SuitesResult['loop']) => (result = m));
    worker.once('error', reject);
    worker.once('exit', (code) =>
      result && code === 0
        ? resolve(result)
        : reject(new Error(`the plain loop exited with ${code}`)),
    );
  });
}

const [seedRaw = '1', runsRaw = '100', loopMsRaw = '5000'] = process.argv.slice(2);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// The settings runConformance gives the embedded emulator (verdicts/run-conformance.ts).
const account = '000000000000';
const emulator = await startCountingEmulatorThread({
  connectionQuota: 10,
  accountId: account,
  defaultRegion: 'eu-west-3',
});
try {
  const target = {
    ...targetConfigFromEnv({}),
    kind: 'emulator' as const,
    endpoint: emulator.url,
    account,
    namePrefix: `b${randomBytes(2).toString('hex')}-`,
  };
  const report = await runConformance({
    target,
    seed: Number(seedRaw),
    runs: Number(runsRaw),
    replayBase: 'npm run bench:conformance',
  });
  // The first request is the preflight's (verdicts/preflight.ts), made before vitest starts.
  const calls = (await emulator.requests()).slice(1);
  const first = calls[0]?.at ?? 0;
  const last = calls.reduce((m, r) => Math.max(m, r.done), first);
  const mix = mixOf(calls);

  const loop = await plainLoop(mix, target, Number(loopMsRaw));
  const seconds = (last - first) / 1000;
  const result: SuitesResult = {
    cases: report.summary.cases,
    checks: report.checks.length,
    verdict: report.summary.verdict,
    calls: calls.length,
    testPhaseSeconds: seconds,
    callsPerSecond: calls.length / seconds,
    checkSeconds: report.checks.reduce((s, c) => s + c.durationMs, 0) / 1000,
    mix,
    loop,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  await emulator.close();
}
