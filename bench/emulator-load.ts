// The load generator of bench/emulator.ts: `concurrency` workers on one keep-alive
// node:http agent, each running one operation after another until a deadline or a count bound.
import { Agent, request } from 'node:http';

const AUTH =
  'AWS4-HMAC-SHA256 Credential=AKIDBENCH/20240101/us-east-1/apprunner/aws4_request, ' +
  'SignedHeaders=host;x-amz-target, Signature=0000';

export interface Caller {
  /** POSTs one AWS JSON call and returns its status and body. */
  call(op: string, body: unknown): Promise<{ status: number; text: string }>;
  close(): void;
}

export function caller(port: number, sockets: number): Caller {
  const agent = new Agent({ keepAlive: true, maxSockets: sockets });
  const call = (op: string, body: unknown) =>
    new Promise<{ status: number; text: string }>((resolve, reject) => {
      const payload = JSON.stringify(body);
      const req = request(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/',
          agent,
          timeout: 10_000,
          headers: {
            'Content-Type': 'application/x-amz-json-1.0',
            'X-Amz-Target': `AppRunner.${op}`,
            Authorization: AUTH,
            'Content-Length': Buffer.byteLength(payload),
          },
        },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (d: string) => (text += d));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text }));
        },
      );
      req.on('timeout', () => req.destroy(new Error('request timed out')));
      req.on('error', reject);
      req.end(payload);
    });
  return { call, close: () => agent.destroy() };
}

export interface LoadResult {
  operations: number;
  failures: number;
  seconds: number;
}

/** Runs `operation` from `concurrency` workers until `durationMs` or `maxOperations`. */
export async function runLoad(
  concurrency: number,
  durationMs: number,
  maxOperations: number,
  operation: (worker: number, n: number) => Promise<boolean>,
): Promise<LoadResult> {
  const started = process.hrtime.bigint();
  const deadline = Date.now() + durationMs;
  let issued = 0;
  let operations = 0;
  let failures = 0;
  const worker = async (w: number) => {
    while (Date.now() < deadline && issued < maxOperations) {
      const n = issued++;
      if (await operation(w, n)) operations++;
      else failures++;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)));
  return { operations, failures, seconds: Number(process.hrtime.bigint() - started) / 1e9 };
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
