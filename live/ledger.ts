// The ledger of a live run: one JSON line per event, appended and flushed before the next call,
// so that even after a SIGKILL it says what may exist. An intent is written before every create,
// `returned` once the service has answered it (whatever the answer), `created` when it answered a
// connection, and `deleted` after a delete. An intent not followed by any of these is a call
// whose outcome is unknown: the process died, or was stopped, while it was in flight.
import { appendFileSync, existsSync, readFileSync } from 'node:fs';

export type LedgerEvent =
  | { event: 'intent'; runId: string; name: string; at: string }
  | { event: 'returned'; runId: string; name: string; at: string }
  | { event: 'created'; runId: string; name: string; arn: string; at: string }
  | { event: 'deleted'; runId: string; arn: string; name?: string; at: string };

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
  /** Names whose last create intent has no known outcome (the call was in flight). */
  names: string[];
}

export function outstanding(events: readonly LedgerEvent[], runId?: string): Outstanding {
  const mine = events.filter((e) => runId === undefined || e.runId === runId);
  const deleted = new Set(mine.flatMap((e) => (e.event === 'deleted' ? [e.arn] : [])));
  const created = mine.flatMap((e) => (e.event === 'created' ? [e] : []));
  const arns = [...new Set(created.map((e) => e.arn))].filter((a) => !deleted.has(a));
  // Per name, is its last intent still open? Any later event naming it settles it; a later
  // intent (a name reused on purpose) opens it again.
  const open = new Map<string, boolean>();
  for (const e of mine) {
    if (e.event === 'intent') open.set(e.name, true);
    else if (e.name !== undefined && open.has(e.name)) open.set(e.name, false);
  }
  const names = [...open].flatMap(([name, isOpen]) => (isOpen ? [name] : []));
  return { arns, names };
}
