// The ledger of a live run: one JSON line per event, appended and flushed before the next call,
// so that even after a SIGKILL it says what may exist. An intent is written before every create;
// `created` and `deleted` after the calls return.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export type LedgerEvent =
  | { event: 'intent'; runId: string; name: string; at: string }
  | { event: 'created'; runId: string; name: string; arn: string; at: string }
  | { event: 'deleted'; runId: string; arn: string; at: string };

export function appendLedger(path: string, entry: LedgerEvent): void {
  // appendFileSync opens with O_APPEND: lines from several processes do not interleave.
  appendFileSync(path, `${JSON.stringify(entry)}\n`);
}

export function readLedger(path: string): LedgerEvent[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .flatMap((l) => {
      try {
        return [JSON.parse(l) as LedgerEvent];
      } catch {
        return []; // a line cut short by a kill
      }
    });
}

export interface Outstanding {
  /** ARNs created and not known to be deleted. */
  arns: string[];
  /** Names intended but with no known ARN (the process died during the call). */
  names: string[];
}

export function outstanding(events: readonly LedgerEvent[], runId?: string): Outstanding {
  const mine = events.filter((e) => runId === undefined || e.runId === runId);
  const deleted = new Set(mine.flatMap((e) => (e.event === 'deleted' ? [e.arn] : [])));
  const created = mine.flatMap((e) => (e.event === 'created' ? [e] : []));
  const arns = [...new Set(created.map((e) => e.arn))].filter((a) => !deleted.has(a));
  const known = new Set(created.map((e) => e.name));
  const names = [...new Set(mine.flatMap((e) => (e.event === 'intent' ? [e.name] : [])))].filter(
    (n) => !known.has(n),
  );
  return { arns, names };
}
