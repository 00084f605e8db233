// Benchmarks the reference emulator against a minimal node:http server measured in the same run
// (bench/emulator-baseline.ts), and how ListConnections and memory grow with the store.
//   node --expose-gc --import tsx bench/emulator.ts [--duration-ms 1000] [--warm-up-ms 2000]
//     [--slices 9] [--concurrency 16] [--max-operations 200000]
//     [--growth-sizes 1000,100000] [--growth-samples 500] [--skip-throughput] [--skip-growth]
// Figures are medians; the machine is shared and noisy, so compare the ratios.
import { startServerProcess } from './emulator-child.js';
import { measureGrowth } from './emulator-growth.js';
import { median } from './emulator-load.js';
import {
  bodiesFrom,
  measure,
  SCENARIOS,
  type LoadOptions,
  type Run,
} from './emulator-throughput.js';
import { EXIT, parseFlags, wholeNumberFlag, runCommand } from '../cli/command.js';

const COMMAND = 'bench-emulator';

// Baseline and emulator run in alternating slices, and each slice of the emulator is compared with
// the baseline slice just before it: the load of a shared machine changes from second to second,
// and pairs close in time cancel most of that change.
async function throughput(o: LoadOptions, slices: number): Promise<void> {
  const emulator = await startServerProcess('cli/emulator.ts', [
    '--port',
    '0',
    '--quota',
    '100000000',
  ]);
  try {
    const bodies = JSON.stringify(await bodiesFrom(emulator));
    const baseline = await startServerProcess('bench/emulator-baseline.ts', [bodies]);
    try {
      for (const scenario of SCENARIOS) {
        const warm = { ...o, durationMs: o.warmUpMs };
        await measure(baseline, scenario, 'wb', warm);
        await measure(emulator, scenario, 'we', warm);
        const pairs: { baseline: Run; emulator: Run }[] = [];
        for (let r = 0; r < slices; r++) {
          const b = await measure(baseline, scenario, `${r}b`, { ...o, warmUpMs: 0 });
          pairs.push({
            baseline: b,
            emulator: await measure(emulator, scenario, `${r}e`, { ...o, warmUpMs: 0 }),
          });
        }
        const m = (f: (p: (typeof pairs)[number]) => number) => median(pairs.map(f));
        const ops = m((p) => p.emulator.opsPerSecond / p.baseline.opsPerSecond);
        const cpu = m((p) => p.emulator.cpuUsPerOp / p.baseline.cpuUsPerOp);
        console.log(`\n${scenario}`);
        console.log(
          `  per second: baseline ${m((p) => p.baseline.opsPerSecond).toFixed(0)}, emulator ${m((p) => p.emulator.opsPerSecond).toFixed(0)}, emulator/baseline ${ops.toFixed(2)} (median of ${slices} paired slices)`,
        );
        console.log(
          `  server CPU per operation: baseline ${m((p) => p.baseline.cpuUsPerOp).toFixed(0)} us, emulator ${m((p) => p.emulator.cpuUsPerOp).toFixed(0)} us, emulator/baseline ${cpu.toFixed(2)}`,
        );
      }
    } finally {
      await baseline.stop();
    }
  } finally {
    await emulator.stop();
  }
}

async function growth(sizes: number[], samples: number): Promise<void> {
  const result = await measureGrowth(sizes, samples);
  const ms = (pair: [number, number]) =>
    `first page ${pair[0].toFixed(3)} ms, mid-list page ${pair[1].toFixed(3)} ms`;
  console.log(
    `\nListConnections MaxResults 100 (medians; HTTP: ${samples} sequential calls, core: ${samples * 4})`,
  );
  for (const p of result.points) {
    console.log(`  ${p.stored} stored: HTTP ${ms(p.httpMs)}; core ${ms(p.coreMs)}`);
  }
  const small = result.points[0];
  const large = result.points.at(-1);
  if (small && large && small !== large) {
    const r = (a: [number, number], b: [number, number]) =>
      `first page ${(a[0] / b[0]).toFixed(2)}, mid-list page ${(a[1] / b[1]).toFixed(2)}`;
    console.log(
      `  ratio ${large.stored}/${small.stored}: HTTP ${r(large.httpMs, small.httpMs)}; core ${r(large.coreMs, small.coreMs)}`,
    );
  }
  const { created, listed } = result.bytesPerConnection;
  console.log(
    `heap per stored connection (no tags): ${created.toFixed(0)} bytes as created, ${listed.toFixed(0)} bytes once listed (summary JSON cached); gc via ${result.gcSource}`,
  );
}

async function main(): Promise<number> {
  const { values } = parseFlags(COMMAND, {
    'duration-ms': { type: 'string' },
    'warm-up-ms': { type: 'string' },
    concurrency: { type: 'string' },
    slices: { type: 'string' },
    'max-operations': { type: 'string' },
    'growth-sizes': { type: 'string' },
    'growth-samples': { type: 'string' },
    'skip-throughput': { type: 'boolean' },
    'skip-growth': { type: 'boolean' },
  });
  const o: LoadOptions = {
    durationMs: wholeNumberFlag('duration-ms', values['duration-ms']) ?? 1000,
    warmUpMs: wholeNumberFlag('warm-up-ms', values['warm-up-ms']) ?? 2000,
    concurrency: wholeNumberFlag('concurrency', values.concurrency) ?? 16,
    maxOperations: wholeNumberFlag('max-operations', values['max-operations']) ?? 200_000,
  };
  const slices = wholeNumberFlag('slices', values.slices) ?? 9;
  const sizes = (values['growth-sizes'] ?? '1000,100000')
    .split(',')
    .map((s) => wholeNumberFlag('growth-sizes', s) ?? 1);
  const samples = wholeNumberFlag('growth-samples', values['growth-samples']) ?? 500;
  console.log(
    `node ${process.version}; concurrency ${o.concurrency}; slices of ${o.durationMs} ms`,
  );
  if (!values['skip-throughput']) await throughput(o, slices);
  if (!values['skip-growth']) await growth(sizes, samples);
  return EXIT.ok;
}

await runCommand(COMMAND, main);
