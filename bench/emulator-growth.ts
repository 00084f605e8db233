// Growth part of bench/emulator.ts, in this process (the heap must be the store's):
// ListConnections latency with MaxResults 100 at a small and a large number of stored
// connections, over HTTP and in the core alone, and heap bytes per stored connection after gc.
import type { AddressInfo } from 'node:net';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { EmulatorCore } from '../emulator/emulator-core.js';
import { createHttpServer } from '../emulator/http-adapter.js';
import { resolveOptions } from '../emulator/options.js';
import { caller, median } from './emulator-load.js';

const AUTH = 'AWS4-HMAC-SHA256 Credential=AKIDBENCH/20240101/us-east-1/apprunner/aws4_request';

/** gc(), from --expose-gc or, failing that, switched on at run time. */
function collector(): { gc: () => void; source: string } {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (exposed) return { gc: exposed, source: '--expose-gc' };
  setFlagsFromString('--expose-gc');
  return { gc: runInNewContext('gc') as () => void, source: 'v8.setFlagsFromString' };
}

export interface GrowthPoint {
  stored: number;
  /** Median milliseconds of one call: [first page, a page mid-list], over HTTP and in the core. */
  httpMs: [number, number];
  coreMs: [number, number];
}

export interface GrowthResult {
  points: GrowthPoint[];
  /** Heap bytes per connection as created, and once every one has been listed (JSON cached). */
  bytesPerConnection: { created: number; listed: number };
  gcSource: string;
}

async function timed(samples: number, call: () => Promise<void>): Promise<number> {
  for (let i = 0; i < samples / 5; i++) await call(); // warm-up, not recorded
  const runs: number[] = [];
  for (let i = 0; i < samples; i++) {
    const t = process.hrtime.bigint();
    await call();
    runs.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return median(runs);
}

export async function measureGrowth(sizes: number[], samples: number): Promise<GrowthResult> {
  const { gc, source } = collector();
  const ordered = [...new Set(sizes)].sort((a, b) => a - b);
  const largest = ordered.at(-1) ?? 0;
  const settings = resolveOptions({ connectionQuota: largest, maxConnections: largest });
  const core = new EmulatorCore(settings);
  const server = createHttpServer(core, settings);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  // Seeding and walking go straight to the core: only what ends up stored matters there.
  const call = async (op: string, body: unknown) => {
    const headers = { authorization: AUTH, 'x-amz-target': `AppRunner.${op}` };
    const r = await core.handle({ method: 'POST', path: '/', headers, body: JSON.stringify(body) });
    if (r.status !== 200) throw new Error(`${op} failed: ${r.body}`);
    return JSON.parse(r.body ?? '{}') as { NextToken?: string };
  };
  const walk = async (pages: number) => {
    let token: string | undefined;
    for (let page = 0; page < pages && (page === 0 || token); page++) {
      token = (
        await call('ListConnections', { MaxResults: 100, ...(token ? { NextToken: token } : {}) })
      ).NextToken;
    }
    return token;
  };
  const heap = () => (gc(), gc(), process.memoryUsage().heapUsed);
  const points: GrowthPoint[] = [];
  let stored = 0;
  let before = 0;
  let created = 0;
  try {
    for (const size of ordered) {
      if (size === largest) before = heap();
      for (; stored < size; stored++) {
        await call('CreateConnection', {
          ConnectionName: `grow-${stored}`,
          ProviderType: 'GITHUB',
        });
        // The core answers without a turn of the event loop: without these, the server's idle
        // timers all fire after the seeding, as the client reuses the sockets they close.
        if (stored % 500 === 0) await new Promise((resolve) => setImmediate(resolve));
      }
      if (size === largest) created = heap();
      const mid = await walk(Math.ceil(size / 200));
      const first = { MaxResults: 100 };
      const middle = { MaxResults: 100, NextToken: mid };
      // A client of its own for each size: sockets kept from the last size sat idle through the
      // seeding, long enough for the server to close them under a client about to reuse them
      // (an uncaught ECONNRESET on a loaded machine).
      const client = caller(port, 1);
      points.push({
        stored: size,
        httpMs: [
          await timed(samples, async () => void (await client.call('ListConnections', first))),
          await timed(samples, async () => void (await client.call('ListConnections', middle))),
        ],
        coreMs: [
          await timed(samples * 4, async () => void (await call('ListConnections', first))),
          await timed(samples * 4, async () => void (await call('ListConnections', middle))),
        ],
      });
      client.close();
    }
    await walk(Infinity);
    const listed = heap();
    const added = largest - (ordered.at(-2) ?? 0);
    return {
      points,
      bytesPerConnection: {
        created: (created - before) / added,
        listed: (listed - before) / added,
      },
      gcSource: source,
    };
  } finally {
    server.close();
    server.closeAllConnections();
  }
}
