// Stopping a live run: the command marks the run stopped when it gets SIGINT or SIGTERM, and
// every create checks the mark before it is sent. The mark is a file beside the call counter, so
// the vitest workers see it at once, wherever they are in a check (a property check can create
// hundreds of connections) and even while vitest is still starting and cannot be cancelled yet.
import { existsSync, writeFileSync } from 'node:fs';

export class RunStopped extends Error {
  constructor() {
    super('the run was stopped (SIGINT or SIGTERM): no more connections are created');
    this.name = 'RunStopped';
  }
}

const markOf = (callCounter: string): string => `${callCounter}.stopped`;

/** From now on, no create of the run whose counter is `callCounter` is sent. */
export function markStopped(live: { callCounter: string }): void {
  writeFileSync(markOf(live.callCounter), '');
}

/** Throws RunStopped once the run is marked stopped. */
export function requireNotStopped(live: { callCounter: string }): void {
  if (existsSync(markOf(live.callCounter))) throw new RunStopped();
}
