// The embedded emulator of bench/conformance.ts, counting what it is asked: every request
// with its time and its kind (SDK or raw call, operation, success or error), so a conformance run's
// calls per second can be set against a plain loop of the same mix (conformance-loop.ts).
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { Worker } from 'node:worker_threads';
import { OPERATIONS } from '../contract/index.js';
import { EmulatorCore, resolveOptions, type EmulatorOptions } from '../emulator/index.js';
import { createHttpServer } from '../emulator/http-adapter.js';

export const MIX_OPERATIONS: readonly string[] = OPERATIONS.operations.map((o) => o.name);

/** "sdk|raw OPERATION ok|error"; OPERATION is "other" for a target that names none. */
export type MixKey = `${'sdk' | 'raw'} ${string} ${'ok' | 'error'}`;

export interface CountedRequest {
  key: MixKey;
  /** performance.now() when the request arrived and when its answer was written. */
  at: number;
  done: number;
}

export interface CountingEmulator {
  url: string;
  requests: CountedRequest[];
  close(): Promise<void>;
}

/** The reference emulator (as startEmulator makes it) with every answered request recorded. */
export async function startCountingEmulator(options: EmulatorOptions): Promise<CountingEmulator> {
  const settings = resolveOptions(options);
  const server = createHttpServer(
    new EmulatorCore(settings, (e) => process.stderr.write(`emulator: ${String(e)}\n`)),
    settings,
  );
  const requests: CountedRequest[] = [];
  server.on('request', (req, res) => {
    const at = performance.now();
    const target = String(req.headers['x-amz-target'] ?? '');
    const operation = target.replace(/^AppRunner\./, '');
    const via = /aws-sdk-js/.test(String(req.headers['user-agent'])) ? 'sdk' : 'raw';
    const op = MIX_OPERATIONS.includes(operation) ? operation : 'other';
    res.once('finish', () => {
      const outcome = res.statusCode < 300 ? 'ok' : 'error';
      requests.push({ key: `${via} ${op} ${outcome}`, at, done: performance.now() });
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** How many requests of each kind. */
export function mixOf(requests: readonly CountedRequest[]): Partial<Record<MixKey, number>> {
  const mix: Partial<Record<MixKey, number>> = {};
  for (const r of requests) mix[r.key] = (mix[r.key] ?? 0) + 1;
  return mix;
}

/** A worker thread that loads a TypeScript module through tsx, with `data` as its workerData. */
export function tsWorker(
  file: URL,
  options: { data?: unknown; argv?: string[]; env?: NodeJS.ProcessEnv } = {},
): Worker {
  return new Worker(
    `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(file.href)}); })`,
    { eval: true, workerData: options.data, argv: options.argv, env: options.env },
  );
}

/**
 * startCountingEmulator in a worker thread of its own (conformance-emulator-thread.ts):
 * requests() asks for what it has answered so far, close() stops it.
 */
export async function startCountingEmulatorThread(options: EmulatorOptions): Promise<{
  url: string;
  requests(): Promise<CountedRequest[]>;
  close(): Promise<void>;
}> {
  const worker = tsWorker(new URL('./conformance-emulator-thread.ts', import.meta.url), {
    data: options,
  });
  // events.once rejects on the worker's 'error' and leaves no listener behind.
  const reply = async <T>(message?: string): Promise<T> => {
    const answer = once(worker, 'message');
    if (message) worker.postMessage(message);
    return ((await answer) as [T])[0];
  };
  const { url } = await reply<{ url: string }>();
  return {
    url,
    requests: async () => (await reply<{ requests: CountedRequest[] }>('requests')).requests,
    close: async () => {
      await reply('close');
      await worker.terminate();
    },
  };
}
