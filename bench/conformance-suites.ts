// Suite throughput for bench/conformance.ts, each figure against a plain loop of the same
// calls (conformance-loop.ts) in the same arrangement, in this one process:
//   embedded: one conformance run as `npm run conformance` makes it (runConformance, the suites in
//     one vitest worker process per core, an emulator in each: harness/embedded-settings.ts), its
//     calls counted per test file (harness/call-trace.ts); the loop runs in as many worker
//     threads, each with an emulator of its own (a loop's calls cost the same in a thread as in a
//     process; a thread only starts sooner, and the loop's start is not timed);
//   shared: one run against a single emulator in a thread of its own, as a target named by
//     --endpoint is run (one worker), with every call counted by the emulator, which also gives
//     the mix of calls both loops repeat; the loop runs in one worker thread against it.
//   node --import tsx bench/conformance-suites.ts SEED RUNS
// Prints one JSON line (SuitesResult).
import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FileCalls } from '../harness/call-trace.js';
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';
import { embeddedEmulatorSettings } from '../harness/embedded-settings.js';
import { resolveTarget, type TargetConfig } from '../harness/target-config.js';
import { runConformance, workersFor } from '../verdicts/run-conformance.js';
import { mixOf, startCountingEmulatorThread, tsWorker, type MixKey } from './conformance-mix.js';

export interface Throughput {
  workers: number;
  /** Requests the suites made (the preflight left out) and the span from the first to the last. */
  calls: number;
  testPhaseSeconds: number;
  callsPerSecond: number;
}

export interface LoopResult {
  workers: number;
  calls: number;
  seconds: number;
  callsPerSecond: number;
}

export interface SuitesResult {
  cases: number;
  checks: number;
  verdict: string;
  mix: Partial<Record<MixKey, number>>;
  embedded: Throughput & { loop: LoopResult };
  shared: Throughput & { loop: LoopResult };
}

/**
 * The plain loop (conformance-loop.ts) in `workers` worker threads at once, `total` calls
 * shared among them, against the target or each against an emulator of its own; calls per
 * second of them all together.
 */
async function plainLoop(
  mix: Partial<Record<MixKey, number>>,
  target: TargetConfig,
  total: number,
  workers: number,
  ownEmulators: boolean,
): Promise<LoopResult> {
  const one = (i: number): Promise<Omit<LoopResult, 'workers'>> => {
    const worker = tsWorker(new URL('./conformance-loop.ts', import.meta.url), {
      argv: [
        JSON.stringify(mix),
        String(Math.ceil(total / workers)),
        ...(ownEmulators ? ['own-emulator'] : []),
      ],
      data: { ...target, namePrefix: `bloop${i}-` },
    });
    // Its result once it has exited, that is once it has deleted what it made.
    let result: Omit<LoopResult, 'workers'> | undefined;
    return new Promise((resolve, reject) => {
      worker.once('message', (m: Omit<LoopResult, 'workers'>) => (result = m));
      worker.once('error', reject);
      worker.once('exit', (code) =>
        result && code === 0
          ? resolve(result)
          : reject(new Error(`the plain loop exited with ${code}`)),
      );
    });
  };
  const all = await Promise.all(Array.from({ length: workers }, (_, i) => one(i)));
  const calls = all.reduce((n, r) => n + r.calls, 0);
  const seconds = Math.max(...all.map((r) => r.seconds));
  return { workers, calls, seconds, callsPerSecond: calls / seconds };
}

/** The per-file call counts a traced run left in `dir`, summed. */
function tracedCalls(dir: string): Omit<Throughput, 'workers'> {
  const files = readdirSync(dir).flatMap((f) =>
    readFileSync(join(dir, f), 'utf8')
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as FileCalls),
  );
  const calls = files.reduce((n, f) => n + f.calls, 0);
  const testPhaseSeconds =
    (Math.max(...files.map((f) => f.last)) - Math.min(...files.map((f) => f.first))) / 1000;
  return { calls, testPhaseSeconds, callsPerSecond: calls / testPhaseSeconds };
}

const [seedRaw = '1', runsRaw = '100'] = process.argv.slice(2);
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
const seed = Number(seedRaw);
const runs = Number(runsRaw);
const prefix = (): string => `b${randomBytes(2).toString('hex')}-`;

// Shared: the settings npm run conformance gives the emulator it embeds.
const settings = embeddedEmulatorSettings(resolveTarget({}, {}));
const account = settings.accountId ?? PLACEHOLDER_ACCOUNT;
const emulator = await startCountingEmulatorThread(settings);
let shared: SuitesResult['shared'];
let mix: SuitesResult['mix'];
let sharedVerdict: string;
try {
  const target = {
    ...resolveTarget({}, {}),
    kind: 'emulator' as const,
    endpoint: emulator.url,
    account,
    namePrefix: prefix(),
  };
  sharedVerdict = (
    await runConformance({ target, seed, runs, replayBase: 'npm run bench:conformance' })
  ).summary.verdict;
  // The first request is the preflight's (verdicts/preflight.ts), made before vitest starts.
  const calls = (await emulator.requests()).slice(1);
  const first = calls[0]?.at ?? 0;
  const last = calls.reduce((m, r) => Math.max(m, r.done), first);
  mix = mixOf(calls);
  const seconds = (last - first) / 1000;
  shared = {
    workers: 1,
    calls: calls.length,
    testPhaseSeconds: seconds,
    callsPerSecond: calls.length / seconds,
    loop: await plainLoop(mix, target, calls.length, 1, false),
  };
} finally {
  await emulator.close();
}

// Embedded: as npm run conformance runs.
const traces = mkdtempSync(join(tmpdir(), 'bench-call-trace-'));
try {
  const target = { ...resolveTarget({}, {}), kind: 'emulator' as const, namePrefix: prefix() };
  const report = await runConformance({
    target,
    seed,
    runs,
    replayBase: 'npm run bench:conformance',
    callTrace: traces,
  });
  const workers = workersFor(target);
  const traced = tracedCalls(traces);
  const result: SuitesResult = {
    cases: report.summary.cases,
    checks: report.checks.length,
    // Both runs must pass for their figures to count.
    verdict: report.summary.verdict === 'pass' ? sharedVerdict : report.summary.verdict,
    mix,
    embedded: {
      workers,
      ...traced,
      loop: await plainLoop(mix, target, traced.calls, workers, true),
    },
    shared,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  rmSync(traces, { recursive: true, force: true });
}
