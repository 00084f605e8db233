// A bounded soak of the emulator: `--clients` callers for `--duration-ms`, each sending a mix of
// ordinary calls and hostile ones (bad tags by the thousand, bodies over the limit, tags past the
// limit), against an emulator in a child process. Reports calls per second, the answers by
// status (a 5xx is a failure), the median and 99th percentile of the ordinary calls' latency
// against the same calls measured alone at the start, and the server's resident memory.
//   node --import tsx bench/soak.ts [--duration-ms 30000] [--clients 32]
import { readFileSync } from 'node:fs';
import { startServerProcess } from './emulator-child.js';
import { caller, median } from './emulator-load.js';
import { EXIT, parseFlags, wholeNumberFlag, runCommand } from '../cli/command.js';

const COMMAND = 'bench-soak';

interface Call {
  op: string;
  body: unknown;
  ordinary: boolean;
}

const tags = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: 'v' }));

// Made once: the load generator shares the machine, and building megabyte bodies per call would
// measure it rather than the server.
const HOSTILE: Call[] = [
  {
    op: 'CreateConnection',
    body: {
      ConnectionName: 'soak-bad',
      ProviderType: 'GITHUB',
      Tags: Array<number>(20_000).fill(1),
    },
    ordinary: false,
  },
  {
    op: 'CreateConnection',
    body: {
      ConnectionName: 'soak-big',
      ProviderType: 'GITHUB',
      Tags: [{ Key: 'x'.repeat(1_200_000) }],
    },
    ordinary: false,
  },
  {
    op: 'CreateConnection',
    body: { ConnectionName: 'soak-tags', ProviderType: 'GITHUB', Tags: tags(60, 'k') },
    ordinary: false,
  },
  {
    op: 'UntagResource',
    body: { ResourceArn: 'x', TagKeys: Array<string>(50_000).fill('') },
    ordinary: false,
  },
];
const ORDINARY: Call = { op: 'ListConnections', body: { MaxResults: 10 }, ordinary: true };

const nextCall = (i: number): Call => HOSTILE[i % 10] ?? ORDINARY;

const rssOf = (pid: number): number => {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8')
    .split('\n')
    .find((l) => l.startsWith('VmRSS:'));
  return Number(/(\d+)/.exec(line ?? '')?.[1] ?? NaN) / 1024;
};

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};

async function main(): Promise<number> {
  const { values } = parseFlags(COMMAND, {
    'duration-ms': { type: 'string' },
    clients: { type: 'string' },
  });
  const durationMs = wholeNumberFlag('duration-ms', values['duration-ms']) ?? 30_000;
  const clients = wholeNumberFlag('clients', values.clients) ?? 32;
  const server = await startServerProcess('cli/emulator.ts', ['--port', '0', '--quota', '1000']);
  const client = caller(server.port, clients);
  try {
    // The baseline: the ordinary call alone, one at a time, before the soak.
    const alone: number[] = [];
    for (let i = 0; i < 200; i++) {
      const started = performance.now();
      await client.call('ListConnections', { MaxResults: 10 });
      alone.push(performance.now() - started);
    }
    const rssBefore = rssOf(server.pid);
    const statuses = new Map<number, number>();
    const ordinary: number[] = [];
    let calls = 0;
    let failures = 0;
    const deadline = Date.now() + durationMs;
    const started = Date.now();
    await Promise.all(
      Array.from({ length: clients }, async (_, c) => {
        for (let i = 0; Date.now() < deadline; i++) {
          const call = nextCall(i + c);
          const t = performance.now();
          try {
            const { status } = await client.call(call.op, call.body);
            statuses.set(status, (statuses.get(status) ?? 0) + 1);
            if (call.ordinary) ordinary.push(performance.now() - t);
          } catch {
            failures++;
          }
          calls++;
        }
      }),
    );
    const seconds = (Date.now() - started) / 1000;
    const rssAfter = rssOf(server.pid);
    const fives = [...statuses].filter(([s]) => s >= 500).reduce((n, [, k]) => n + k, 0);
    console.log(
      `${clients} clients for ${seconds.toFixed(1)} s: ${calls} calls, ${(calls / seconds).toFixed(0)} per second; 6 in 10 ordinary`,
    );
    console.log(
      `answers by status: ${JSON.stringify(Object.fromEntries([...statuses].sort()))}; 5xx: ${fives}; no answer: ${failures}`,
    );
    console.log(
      `ordinary call latency: median ${median(ordinary).toFixed(1)} ms, p99 ${percentile(ordinary, 99).toFixed(1)} ms; ` +
        `alone before the soak: median ${median(alone).toFixed(2)} ms (p99 ${(percentile(ordinary, 99) / median(alone)).toFixed(0)}x that)`,
    );
    console.log(
      `server resident memory: ${rssBefore.toFixed(0)} MB before, ${rssAfter.toFixed(0)} MB after`,
    );
    return fives === 0 && failures === 0 ? EXIT.ok : EXIT.failed;
  } finally {
    client.close();
    await server.stop();
  }
}

await runCommand(COMMAND, main);
