// Benchmarks the acceptance gate, in one run, each figure beside a baseline measured in the same run:
//   a. `npm run conformance` end to end against the embedded emulator: wall time, cases and
//      checks; the baseline is `npm exec -- tsx` of a script that loads the SDK and nothing else
//      (bench/conformance-baseline.ts);
//   b. suite throughput: the calls the suites make per second of the test phase (first request
//      to last answer), against a plain loop of the same calls (as many, in the same mix, with the
//      same client), from a cold start as the suites' workers make them (the SDK's JIT warm-up is
//      about half of such a loop's time: a loop timed after a warm-up second runs about twice as
//      fast), in the same arrangement (bench/conformance-suites.ts, -loop.ts): as npm run
//      conformance runs (as many workers as it uses, an emulator in each; the loop in as many
//      threads, each with an emulator), and against one emulator in a thread of its own, as a
//      target named by --endpoint is run (one worker, the serial checks last);
//   c. `npm run conformance -- --fixtures`: the replay of the shipped fixture set.
//   npm run bench:conformance [-- --json FILE] [--seed S] [--runs N]
//     [--baselines 3] [--repeat 1] [--timeout-s 300] [--skip-fixtures]
// The machine is shared and noisy: read the ratios, and the load average printed beside them.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_RUNS } from '../harness/run-config.js';
import type { ConformanceReport } from '../verdicts/model.js';
import { median } from './emulator-load.js';
import type { SuitesResult } from './conformance-suites.js';
import { EXIT, parseFlags, wholeNumberFlag, runCommand } from '../cli/command.js';

const COMMAND = 'bench-conformance';

interface Finished {
  ms: number;
  stdout: string;
  code: number;
}

/**
 * Runs a command in its own process group; past the timeout the whole group is stopped. An exit
 * code other than those `accepted` is an error.
 */
function timed(
  command: string,
  args: string[],
  timeoutMs: number,
  accepted: readonly number[] = [EXIT.ok],
): Promise<Finished> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(command, args, {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
      env: { ...process.env, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    const stop = (signal: NodeJS.Signals): void => {
      try {
        if (child.pid) process.kill(-child.pid, signal);
      } catch {
        // already gone
      }
    };
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stop('SIGTERM');
      setTimeout(() => stop('SIGKILL'), 5000).unref();
    }, timeoutMs);
    child.once('error', reject);
    child.once('close', (code) => {
      clearTimeout(timer);
      const ms = performance.now() - started;
      const what = `${command} ${args.join(' ')}`;
      if (timedOut) reject(new Error(`${what}: stopped after ${timeoutMs / 1000} s`));
      else if (code === null || !accepted.includes(code))
        reject(new Error(`${what}: exit ${code}\n${stderr}${stdout.slice(-2000)}`));
      else resolve({ ms, stdout, code });
    });
  });
}

interface GateRun {
  seconds: number;
  cases: number;
  checks: number;
  verdict: string;
  /** The first failed checks, so that a failed run says why. */
  failed: string[];
}

/** `npm run conformance -- ARGS` with a report directory; its wall time and what it ran. */
async function gate(args: string[], timeoutMs: number): Promise<GateRun> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-conformance-'));
  try {
    const run = await timed(
      'npm',
      ['run', 'conformance', '--', ...args, '--report-dir', dir],
      timeoutMs,
      [EXIT.ok, EXIT.failed],
    );
    const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as ConformanceReport;
    return {
      seconds: run.ms / 1000,
      cases: report.summary.cases,
      checks: report.checks.length,
      verdict: report.summary.verdict,
      failed: report.checks
        .filter((c) => c.state === 'fail')
        .slice(0, 5)
        .map((c) => `${c.id}: ${(c.error ?? '').split('\n')[0] ?? ''}`),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const baseline = async (timeoutMs: number): Promise<number> =>
  (await timed('npm', ['exec', '--no', '--', 'tsx', 'bench/conformance-baseline.ts'], timeoutMs))
    .ms / 1000;

async function suites(seed: number, runs: number, timeoutMs: number) {
  const run = await timed(
    process.execPath,
    [
      // As npm run conformance starts (cli/preload.js).
      '--import',
      './cli/preload.js',
      '--import',
      'tsx',
      'bench/conformance-suites.ts',
      String(seed),
      String(runs),
    ],
    timeoutMs,
  );
  const line = run.stdout
    .trim()
    .split('\n')
    .reverse()
    .find((l) => l.startsWith('{'));
  return JSON.parse(line ?? '{}') as SuitesResult;
}

const fmt = (n: number, digits = 1): string => n.toFixed(digits);
const count = (n: number): string => n.toLocaleString('en-US');

/** A suite throughput row and the row of its plain loop, in the same arrangement. */
const throughputRows = (
  arrangement: string,
  t: SuitesResult['embedded'],
  ratio: string,
  load: string,
): string[][] => [
  [
    `suite throughput, ${arrangement}`,
    `${fmt(t.callsPerSecond, 0)} calls/s (${count(t.calls)} calls in ${fmt(t.testPhaseSeconds)} s of test phase)`,
    ratio,
    load,
  ],
  [
    `  plain loop of the same calls, cold, ${t.loop.workers} ${t.loop.workers === 1 ? 'worker' : 'workers'}`,
    `${fmt(t.loop.callsPerSecond, 0)} calls/s (${count(t.loop.calls)} calls in ${fmt(t.loop.seconds)} s)`,
    '1.00',
    '',
  ],
];

async function main(): Promise<number> {
  const { values: v } = parseFlags(COMMAND, {
    json: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    baselines: { type: 'string' },
    'timeout-s': { type: 'string' },
    repeat: { type: 'string' },
    'skip-fixtures': { type: 'boolean' },
  });
  const seed = wholeNumberFlag('seed', v.seed) ?? 1;
  const runs = wholeNumberFlag('runs', v.runs) ?? DEFAULT_RUNS;
  const baselineRuns = wholeNumberFlag('baselines', v.baselines) ?? 3;
  const repeat = wholeNumberFlag('repeat', v.repeat) ?? 1;
  const timeoutMs = (wholeNumberFlag('timeout-s', v['timeout-s']) ?? 300) * 1000;
  console.log(`node ${process.version}; seed ${seed}, ${runs} runs per property`);

  // Each round measures a baseline and then every figure once, so that a change of load shows in
  // both; --repeat N runs N rounds and reports medians. The 1-minute load average before each
  // step says how busy the shared machine was.
  const load: Record<string, number[]> = {};
  const step = <T>(name: string, run: () => Promise<T>): Promise<T> => {
    (load[name] ??= []).push(loadavg()[0] ?? 0);
    return run();
  };
  const baselines: number[] = [];
  const gates: GateRun[] = [];
  const measured: SuitesResult[] = [];
  const replays: GateRun[] = [];
  for (let round = 0; round < repeat; round++) {
    baselines.push(await baseline(timeoutMs));
    gates.push(
      await step('conformance', () =>
        gate(['--seed', String(seed), '--runs', String(runs)], timeoutMs),
      ),
    );
    measured.push(await step('throughput', () => suites(seed, runs, timeoutMs)));
    if (!v['skip-fixtures'])
      replays.push(await step('fixtures', () => gate(['--fixtures'], timeoutMs)));
  }
  while (baselines.length < baselineRuns) baselines.push(await baseline(timeoutMs));
  const base = median(baselines);
  const medianOf = <T>(all: T[], key: (t: T) => number): T =>
    [...all].sort((x, y) => key(x) - key(y))[all.length >> 1] as T;
  const ratioOf = (t: SuitesResult): number =>
    t.embedded.callsPerSecond / t.embedded.loop.callsPerSecond;
  const sharedRatioOf = (t: SuitesResult): number =>
    t.shared.callsPerSecond / t.shared.loop.callsPerSecond;
  const conformance = medianOf(gates, (g) => g.seconds);
  const throughput = medianOf(measured, ratioOf);
  const sharedThroughput = medianOf(measured, sharedRatioOf);
  const fixtures = replays.length > 0 ? medianOf(replays, (g) => g.seconds) : undefined;
  const all = <T>(runs: T[], show: (t: T) => string): string =>
    runs.length > 1 ? ` (median; all ${runs.map(show).join(', ')})` : '';

  const ratio = ratioOf(throughput);
  const la = (name: string): string => (load[name] ?? []).map((l) => fmt(l)).join(', ');
  const rows: string[][] = [
    ['what', 'figure', 'ratio', 'load'],
    ['baseline: npm exec tsx, SDK loaded', `${fmt(base)} s`, `median of ${baselines.length}`, ''],
    [
      'npm run conformance (embedded emulator)',
      `${fmt(conformance.seconds)} s, ${count(conformance.cases)} cases, ${conformance.checks} checks, ${conformance.verdict}${all(gates, (g) => `${fmt(g.seconds)} s`)}`,
      `${fmt(conformance.seconds / base)}x baseline`,
      la('conformance'),
    ],
    ...throughputRows(
      `as npm run conformance runs (${throughput.embedded.workers} ${throughput.embedded.workers === 1 ? 'worker' : 'workers'}, an emulator in each)`,
      throughput.embedded,
      `${fmt(ratio, 2)} of the plain loop${all(measured, (t) => fmt(ratioOf(t), 2))}`,
      la('throughput'),
    ),
    ...throughputRows(
      'against one emulator in its own thread, as --endpoint (1 worker)',
      sharedThroughput.shared,
      `${fmt(sharedRatioOf(sharedThroughput), 2)} of the plain loop${all(measured, (t) => fmt(sharedRatioOf(t), 2))}`,
      '',
    ),
    ...(fixtures
      ? [
          [
            'npm run conformance -- --fixtures',
            `${fmt(fixtures.seconds)} s, ${count(fixtures.cases)} cases, ${fixtures.checks} checks, ${fixtures.verdict}${all(replays, (g) => `${fmt(g.seconds)} s`)}`,
            `${fmt(fixtures.seconds / base)}x baseline`,
            la('fixtures'),
          ],
        ]
      : []),
  ];
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]?.length ?? 0)));
  console.log('');
  for (const r of rows)
    console.log(
      r
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    );
  for (const [what, runs] of [
    ['npm run conformance', gates],
    ['fixture replay', replays],
  ] as const)
    for (const f of runs.flatMap((r) => r.failed)) console.log(`${what}: FAIL ${f}`);
  console.log(
    `\nsuite calls by kind: ${Object.entries(throughput.mix)
      .sort((a, b) => (b[1] ?? 0) - (a[1] ?? 0))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );

  if (v.json) {
    writeFileSync(
      v.json,
      `${JSON.stringify(
        {
          node: process.version,
          seed,
          runs,
          loadAverage: load,
          baselineSeconds: { median: base, all: baselines },
          conformance: {
            ...conformance,
            ratioToBaseline: conformance.seconds / base,
            allSeconds: gates.map((g) => g.seconds),
          },
          throughput: {
            ...throughput,
            ratioToLoop: ratio,
            ratios: measured.map(ratioOf),
            sharedRatios: measured.map(sharedRatioOf),
          },
          ...(fixtures && {
            fixtures: {
              ...fixtures,
              ratioToBaseline: fixtures.seconds / base,
              allSeconds: replays.map((g) => g.seconds),
            },
          }),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`JSON: ${v.json}`);
  }
  const verdicts = [...gates, ...measured, ...replays].map((r) => r.verdict);
  return verdicts.every((verdict) => verdict === 'pass') ? EXIT.ok : EXIT.failed;
}

await runCommand(COMMAND, main);
