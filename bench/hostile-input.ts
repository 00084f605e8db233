// Benchmarks how long the emulator takes over requests built to be expensive (one with 75,000 bad
// tags, bodies at the 1 MiB limit packed with bad items) against a small bad request measured in
// the same run, and how long a small call waits when sent while a large one is being answered.
//   node --import tsx bench/hostile-input.ts [--rounds 7]
// Figures are medians over rounds; the machine is shared and noisy, so compare the ratios.
import { loadavg } from 'node:os';
import { startServerProcess, type ServerProcess } from './emulator-child.js';
import { caller, median, type Caller } from './emulator-load.js';
import { EXIT, parseFlags, wholeNumberFlag, runCommand } from '../cli/command.js';
import { regionOfAuthorization } from '../emulator/protocol/sigv4-scope.js';

const COMMAND = 'bench-hostile-input';
const LIMIT = 1024 * 1024;
const ARN = 'arn:aws:apprunner:us-east-1:000000000000:connection/abcd/0123456789abcdef';

interface Case {
  name: string;
  op: string;
  body: unknown;
}

// Bad items as short as JSON allows, as many as fit under the body limit.
const fill = <T>(item: T, itemBytes: number, room: number): T[] =>
  Array<T>(Math.floor(room / itemBytes)).fill(item);

const CASES: Case[] = [
  {
    name: 'baseline: CreateConnection, 1 bad tag',
    op: 'CreateConnection',
    body: { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: [1] },
  },
  {
    name: 'CreateConnection, 75,000 bad tags (150 KB)',
    op: 'CreateConnection',
    body: { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: Array<number>(75_000).fill(1) },
  },
  {
    name: 'CreateConnection, 1 MiB of bad tags',
    op: 'CreateConnection',
    body: { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: fill(1, 2, LIMIT - 100) },
  },
  {
    name: 'UntagResource, 1 MiB of empty keys (2 errors each)',
    op: 'UntagResource',
    body: { ResourceArn: ARN, TagKeys: fill('', 3, LIMIT - 200) },
  },
];

interface Timing {
  ms: number;
  cpuMs: number;
  status: number;
  bytes: number;
}

async function timeOne(server: ServerProcess, client: Caller, c: Case): Promise<Timing> {
  const cpu = server.cpuSeconds();
  const started = performance.now();
  const { status } = await client.call(c.op, c.body);
  return {
    ms: performance.now() - started,
    cpuMs: (server.cpuSeconds() - cpu) * 1000,
    status,
    bytes: JSON.stringify(c.body).length,
  };
}

/** How long a small call waits when it is sent just after a large one. */
async function waitBehind(client: Caller, large: Case, small: Case): Promise<number> {
  const big = client.call(large.op, large.body);
  await new Promise((resolve) => setTimeout(resolve, 5));
  const started = performance.now();
  await client.call(small.op, small.body);
  const waited = performance.now() - started;
  await big;
  return waited;
}

// The expression the emulator used to read the scope with, kept to measure against.
const OLD_CREDENTIAL = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\/[^/,\s]+\/aws4_request/;

/** Median ms of `rounds` runs of `f` over `input`. */
function timeParse(f: (s: string) => unknown, input: string, rounds: number): number {
  const times: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const started = performance.now();
    f(input);
    times.push(performance.now() - started);
  }
  return median(times);
}

/** Reading the credential scope of a normal header and of a crafted 16 KB one. */
function credentialParsing(rounds: number): void {
  const normal =
    'AWS4-HMAC-SHA256 Credential=AKID/20240101/us-east-1/apprunner/aws4_request, ' +
    'SignedHeaders=host;x-amz-target, Signature=0000';
  // Each "Credential=" starts a match that runs to the end of the header before it fails.
  const crafted = 'Credential='.repeat(Math.floor(16_000 / 11));
  const old = (s: string) => OLD_CREDENTIAL.exec(s);
  const base = timeParse(regionOfAuthorization, normal, rounds * 100);
  const now = timeParse(regionOfAuthorization, crafted, rounds * 10);
  const before = timeParse(old, crafted, rounds);
  console.log(
    `Credential= scope of a crafted 16 KB header: ${(now * 1000).toFixed(1)} us ` +
      `(${(now / base).toFixed(0)}x a normal header's ${(base * 1000).toFixed(2)} us); ` +
      `the regular expression used before: ${before.toFixed(1)} ms`,
  );
}

async function main(): Promise<number> {
  const { values } = parseFlags(COMMAND, { rounds: { type: 'string' } });
  const rounds = wholeNumberFlag('rounds', values.rounds) ?? 7;
  credentialParsing(rounds);
  const server = await startServerProcess('cli/emulator.ts', ['--port', '0']);
  const client = caller(server.port, 2);
  try {
    const [baseline] = CASES as [Case, ...Case[]];
    for (const c of CASES) await timeOne(server, client, c); // warm-up
    const medians = new Map<Case, { ms: number; cpuMs: number }>();
    for (const c of CASES) {
      const runs: Timing[] = [];
      for (let r = 0; r < rounds; r++) runs.push(await timeOne(server, client, c));
      const statuses = [...new Set(runs.map((t) => t.status))].join(',');
      const m = { ms: median(runs.map((t) => t.ms)), cpuMs: median(runs.map((t) => t.cpuMs)) };
      medians.set(c, m);
      const base = medians.get(baseline) ?? m;
      console.log(
        `${c.name}: ${(runs[0]?.bytes ?? 0).toLocaleString('en')} bytes, status ${statuses}, ` +
          `${m.ms.toFixed(1)} ms (${(m.ms / base.ms).toFixed(1)}x the baseline), ` +
          `server CPU ${m.cpuMs.toFixed(0)} ms`,
      );
    }
    for (const large of CASES.slice(1)) {
      const waits: number[] = [];
      for (let r = 0; r < rounds; r++) waits.push(await waitBehind(client, large, baseline));
      console.log(
        `a small call sent during "${large.name}" waits ${median(waits).toFixed(1)} ms ` +
          `(${(median(waits) / (medians.get(baseline)?.ms ?? 1)).toFixed(1)}x the baseline call)`,
      );
    }
    console.log(
      `(medians of ${rounds} rounds; load average at the end: ${loadavg()
        .map((l) => l.toFixed(1))
        .join(' ')})`,
    );
  } finally {
    client.close();
    await server.stop();
  }
  return EXIT.ok;
}

await runCommand(COMMAND, main);
