// npx tsx bench/generate-inputs.ts [--count N] [--rounds R]
// How long drawing N valid CreateConnection inputs and N labelled invalid ones takes, against a
// baseline measured in the same run: fast-check drawing N trivial records ({ n: nat }), which is
// the floor any fast-check arbitrary pays per value. Medians of R rounds, after one warm-up round;
// the cost of building the arbitraries (character sets enumerated once) is reported apart.
// Two ways of drawing: 'kept' collects all N values in an array (fc.sample), 'streamed' runs a
// property over them that keeps nothing, as a suite consumes them.
import { loadavg } from 'node:os';
import fc from 'fast-check';
import { EXIT, parseFlags, runCommand, wholeNumberFlag } from '../cli/command.js';
import { createConnectionInput, invalidCreateConnectionInput } from '../generators/index.js';

const USAGE = 'npx tsx bench/generate-inputs.ts [--count N] [--rounds R]';

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] ?? 0) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}

type Mode = 'kept' | 'streamed';

interface Timing {
  wall: number;
  /** CPU time of this process (user + system, GC threads included), in ms: what the work cost, whatever the wait for a core. */
  cpu: number;
}

function timeDraws(mode: Mode, arb: fc.Arbitrary<unknown>, count: number, seed: number): Timing {
  const cpu = process.cpuUsage();
  const start = performance.now();
  if (mode === 'kept') fc.sample(arb, { numRuns: count, seed });
  else
    fc.assert(
      fc.property(arb, () => true),
      { numRuns: count, seed },
    );
  const wall = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return { wall, cpu: (used.user + used.system) / 1000 };
}

await runCommand('generate-inputs', () => {
  const { values } = parseFlags(USAGE, { count: { type: 'string' }, rounds: { type: 'string' } });
  const count = wholeNumberFlag('count', values.count) ?? 100_000;
  const rounds = wholeNumberFlag('rounds', values.rounds) ?? 5;

  const t = performance.now();
  const valid = createConnectionInput();
  const invalid = invalidCreateConnectionInput();
  fc.sample(valid, 1);
  fc.sample(invalid, 1);
  const buildMs = performance.now() - t;

  const cases: [string, fc.Arbitrary<unknown>][] = [
    ['baseline fc.record({ n: fc.nat() })', fc.record({ n: fc.nat() })],
    ['createConnectionInput()', valid],
    ['invalidCreateConnectionInput()', invalid],
  ];
  const modes: Mode[] = ['kept', 'streamed'];
  const key = (mode: Mode, name: string) => `${mode} ${name}`;
  const times = new Map<string, Timing[]>();
  for (let round = 0; round <= rounds; round++) {
    // Interleaved, so that a burst of load on a shared machine hits every case alike.
    for (const mode of modes) {
      cases.forEach(([name, arb], i) => {
        const t = timeDraws(mode, arb, count, 1000 * round + i);
        if (round > 0) times.set(key(mode, name), [...(times.get(key(mode, name)) ?? []), t]);
      });
    }
  }
  const medianOf = (k: string, field: keyof Timing) =>
    median((times.get(k) ?? []).map((t) => t[field]));
  console.log(
    `node ${process.version}, ${count} values, median of ${rounds} rounds, load average ${loadavg()[0]?.toFixed(1)}`,
  );
  console.log(`building both arbitraries and drawing one value each: ${buildMs.toFixed(0)} ms`);
  console.log(
    `${''.padEnd(48)} ${'wall'.padStart(8)} ${'ratio'.padStart(6)} ${'cpu'.padStart(8)} ${'ratio'.padStart(6)}`,
  );
  for (const mode of modes) {
    const baseKey = key(mode, cases[0]?.[0] ?? '');
    for (const [name] of cases) {
      const k = key(mode, name);
      const [wall, cpu] = [medianOf(k, 'wall'), medianOf(k, 'cpu')];
      const ratio = (x: number, b: number) => `${(x / b).toFixed(2)}x`;
      console.log(
        `${mode.padEnd(9)} ${name.padEnd(38)} ${wall.toFixed(0).padStart(5)} ms ${ratio(wall, medianOf(baseKey, 'wall')).padStart(6)} ${cpu.toFixed(0).padStart(5)} ms ${ratio(cpu, medianOf(baseKey, 'cpu')).padStart(6)}`,
      );
    }
  }
  return EXIT.ok;
});
