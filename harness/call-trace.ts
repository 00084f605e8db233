// For npm run bench:conformance: when the run names a call-trace directory, each test file
// appends one line there saying how many calls it made, when the first left and when the last
// came back. So suite throughput is measured as npm run conformance runs, with an emulator in
// every worker, where no single server sees every call. One write per file costs nothing that
// shows; without the directory nothing is written.
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { threadId } from 'node:worker_threads';
import type { Exchange } from './exchange-log.js';

export interface FileCalls {
  file: string;
  calls: number;
  /** Epoch milliseconds: the first request sent, the last answer received. */
  first: number;
  last: number;
}

export function traceFileCalls(
  dir: string | undefined,
  file: string,
  exchanges: readonly Exchange[],
): void {
  if (!dir || exchanges.length === 0) return;
  const line: FileCalls = {
    file,
    calls: exchanges.length,
    first: Math.min(...exchanges.map((e) => e.sentAt)),
    last: Math.max(...exchanges.map((e) => e.receivedAt)),
  };
  appendFileSync(join(dir, `${process.pid}-${threadId}.jsonl`), `${JSON.stringify(line)}\n`);
}
