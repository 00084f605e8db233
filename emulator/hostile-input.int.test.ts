// Hostile input over raw HTTP, drawn by fast-check (test-support/emulator/hostile-request.ts):
// every answer is a 200 or a 4xx with an AWS JSON error body, never a 5xx or a bare node answer;
// the server closes every socket by itself within its timeouts, keeps serving, and holds no more
// than its limits allow. Bounded: a fixed number of cases, each with a time limit.
// HOSTILE_CASES=N runs more; HOSTILE_SEED and HOSTILE_PATH replay what a failure printed.
import { connect } from 'node:net';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rawCall } from '../test-support/emulator/raw-call.js';
import { hostileRequest, type HostileRequest } from '../test-support/emulator/hostile-request.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const BODY_TIMEOUT_MS = 400;
const IDLE_TIMEOUT_MS = 300;
const CASES = Number(process.env.HOSTILE_CASES ?? 40);
/** Far more than any case needs: a case over it means the server held the socket open. */
const CASE_LIMIT_MS = 15_000;

interface Answer {
  status: number;
  head: string;
  body: string;
}

/** The HTTP responses in `bytes`, one after another, framed by Content-Length. */
function answers(bytes: Buffer): Answer[] {
  const found: Answer[] = [];
  let at = 0;
  while (at < bytes.length) {
    const end = bytes.indexOf('\r\n\r\n', at);
    if (end < 0)
      throw new Error(`a response cut short: ${bytes.subarray(at, at + 200).toString()}`);
    const head = bytes.subarray(at, end).toString('latin1');
    const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
    // An interim 100 Continue (for Expect: 100-continue) has no body; the answer follows it.
    if (status === 100) {
      at = end + 4;
      continue;
    }
    const length = Number(/\r\ncontent-length: *(\d+)/i.exec(head)?.[1] ?? NaN);
    if (!Number.isSafeInteger(length))
      throw new Error(`a response without Content-Length: ${head}`);
    found.push({ status, head, body: bytes.subarray(end + 4, end + 4 + length).toString('utf8') });
    at = end + 4 + length;
  }
  return found;
}

/** Sends the request as it says and collects everything until the server closes the socket. */
function exchange(port: number, request: HostileRequest): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(port, '127.0.0.1');
    const timer = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the socket was still open after ${CASE_LIMIT_MS} ms`));
    }, CASE_LIMIT_MS);
    socket.on('data', (d: Buffer) => chunks.push(d));
    // A reset after the server answered and closed is how some refusals end: what came counts.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    socket.once('connect', () => {
      void (async () => {
        for (const piece of request.pieces) {
          if (socket.destroyed) return;
          socket.write(piece);
          if (request.pauseMs > 0) await new Promise((r) => setTimeout(r, request.pauseMs));
        }
      })();
    });
  });
}

describe('hostile input over raw HTTP', () => {
  const emulator = useEmulator({
    bodyTimeoutMs: BODY_TIMEOUT_MS,
    idleTimeoutMs: IDLE_TIMEOUT_MS,
    connectionQuota: 10,
  });

  it('answers everything with 200 or a 4xx AWS JSON error and keeps serving', async () => {
    const rssBefore = process.memoryUsage().rss;
    const tally = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(hostileRequest, async (request) => {
        const received = await exchange(emulator().port, request);
        const got = answers(received);
        expect(got.length, request.description).toBeGreaterThan(0);
        for (const a of got) {
          tally.set(a.status, (tally.get(a.status) ?? 0) + 1);
          const what = `${request.description}: ${a.head.split('\r\n')[0]} ${a.body.slice(0, 200)}`;
          expect(a.status === 200 || (a.status >= 400 && a.status < 500), what).toBe(true);
          expect(a.head, what).toMatch(/\r\ncontent-type: application\/x-amz-json-1\.0/i);
          if (a.status >= 400) {
            const body = JSON.parse(a.body) as { __type?: unknown; Message?: unknown };
            expect(typeof body.__type, what).toBe('string');
            expect(typeof body.Message, what).toBe('string');
          }
        }
        const next = await rawCall(emulator().url, 'ListConnections', {});
        expect(next.status, `after ${request.description}`).toBe(200);
      }),
      {
        numRuns: CASES,
        ...(process.env.HOSTILE_SEED && {
          seed: Number(process.env.HOSTILE_SEED),
          path: process.env.HOSTILE_PATH,
        }),
      },
    );
    console.log(`answers by status: ${JSON.stringify(Object.fromEntries(tally))}`);
    // Whatever was created stays within the quota; memory stays within a generous bound.
    const listed = await rawCall(emulator().url, 'ListConnections', {});
    expect((listed.json?.ConnectionSummaryList as unknown[]).length).toBeLessThanOrEqual(10);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(512 * 1024 * 1024);
  }, 300_000);
});
