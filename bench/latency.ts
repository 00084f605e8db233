// npm run bench:latency [-- --delays 10,50,100 --runs N --seed S --workers N --concurrency N --baseline]
// The default conformance run against an endpoint that answers after a fixed delay: the reference
// emulator in a process of its own, behind a loopback proxy that holds each answer (the network to
// a real Region adds 30 to 80 ms). For each delay: the run's wall time, its calls, calls per
// second, and the overlap it reached: calls x delay / wall time, the number of calls in flight on
// average (1 for a run that makes one call after another, where wall time is about calls x delay).
// --baseline adds, for each delay, a run with one worker and one case at a time: how the suites ran
// before they overlapped calls.
import { startDelayingProxy } from '../test-support/delaying-proxy.js';
import { EXIT, parseFlags, runCommand, UsageError, wholeNumberFlag } from '../cli/command.js';
import { resolveTarget } from '../harness/target-config.js';
import { DEFAULT_RUNS } from '../harness/run-config.js';
import { runConformance } from '../verdicts/run-conformance.js';
import { startServerProcess } from './emulator-child.js';

const USAGE = 'npm run bench:latency --';

interface Row {
  delayMs: number;
  mode: 'default' | 'sequential';
  wallSeconds: number;
  calls: number;
  cases: number;
  verdict: string;
}

async function measure(
  emulatorUrl: string,
  delayMs: number,
  settings: { seed: number; runs: number; workers?: number; concurrency?: number },
  mode: Row['mode'],
): Promise<Row> {
  const proxy = await startDelayingProxy(emulatorUrl, delayMs);
  try {
    const started = performance.now();
    const report = await runConformance({
      target: resolveTarget({ kind: 'endpoint', endpoint: proxy.url }, {}),
      seed: settings.seed,
      runs: settings.runs,
      ...(settings.workers !== undefined && { workers: settings.workers }),
      ...(settings.concurrency !== undefined && { concurrency: settings.concurrency }),
      replayBase: USAGE,
    });
    // A figure counts only for a run that passed: say why one did not.
    for (const c of report.checks.filter((c) => c.state === 'fail'))
      console.error(`failed: ${c.id}: ${(c.error ?? '').split('\n')[0]}`);
    for (const e of report.errors ?? []) console.error(`error: ${e.split('\n')[0]}`);
    return {
      delayMs,
      mode,
      wallSeconds: (performance.now() - started) / 1000,
      calls: proxy.requests(),
      cases: report.summary.cases,
      verdict: report.summary.verdict,
    };
  } finally {
    await proxy.close();
  }
}

await runCommand('bench:latency', async () => {
  const { values: v } = parseFlags(USAGE, {
    delays: { type: 'string', default: '10,50,100' },
    runs: { type: 'string' },
    seed: { type: 'string' },
    workers: { type: 'string' },
    concurrency: { type: 'string' },
    baseline: { type: 'boolean' },
  });
  const delays = (v.delays ?? '').split(',').map((d) => wholeNumberFlag('delays', d, 0) ?? 0);
  if (delays.length === 0) throw new UsageError('--delays must name at least one delay in ms');
  const runs = wholeNumberFlag('runs', v.runs) ?? DEFAULT_RUNS;
  const seed = wholeNumberFlag('seed', v.seed, 0) ?? 1;
  const workers = wholeNumberFlag('workers', v.workers);
  const concurrency = wholeNumberFlag('concurrency', v.concurrency);
  // The emulator's quota must hold whatever the suites create at once; its defaults otherwise.
  const emulator = await startServerProcess('cli/emulator.ts', ['--port', '0']);
  const rows: Row[] = [];
  try {
    for (const delayMs of delays) {
      rows.push(
        await measure(
          emulator.url,
          delayMs,
          {
            seed,
            runs,
            ...(workers !== undefined && { workers }),
            ...(concurrency !== undefined && { concurrency }),
          },
          'default',
        ),
      );
      if (v.baseline)
        rows.push(
          await measure(
            emulator.url,
            delayMs,
            { seed, runs, workers: 1, concurrency: 1 },
            'sequential',
          ),
        );
    }
  } finally {
    await emulator.stop();
  }
  console.log(`seed ${seed}, ${runs} runs per property\n`);
  console.log('| delay | run | wall time | calls | cases | calls/s | calls in flight | verdict |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    const overlap = (r.calls * r.delayMs) / 1000 / r.wallSeconds;
    console.log(
      `| ${r.delayMs} ms | ${r.mode} | ${r.wallSeconds.toFixed(1)} s | ${r.calls} | ${r.cases} | ${(r.calls / r.wallSeconds).toFixed(0)} | ${overlap.toFixed(1)} | ${r.verdict} |`,
    );
  }
  return rows.every((r) => r.verdict === 'pass') ? EXIT.ok : EXIT.failed;
});
