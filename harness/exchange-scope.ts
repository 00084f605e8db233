// The exchanges one piece of work made, even while other work makes calls at the same time: the
// log (harness/exchange-log.ts) holds every exchange in the order it completed, and this keeps,
// for the work started inside inScope, its own, through Node's AsyncLocalStorage.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Exchange } from './exchange-log.js';

const current = new AsyncLocalStorage<Exchange[]>();

/** Runs `work`, collecting into `into` every exchange it (and anything it awaits) makes. */
export function inScope<T>(into: Exchange[], work: () => Promise<T>): Promise<T> {
  return current.run(into, work);
}

/** Called by the exchange log for every exchange it takes. */
export function noteInScope(exchange: Exchange): void {
  current.getStore()?.push(exchange);
}
