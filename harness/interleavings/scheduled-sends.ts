// A group of calls that overlap: fast-check's scheduler picks the order they are sent in, and
// none waits for an answer before the next is sent. Against a remote endpoint only the order
// of sending can be chosen; the endpoint decides how the calls then interleave inside it.
//
// The group releases its own tasks (s.waitFor), inside fc.asyncModelRun: fc.scheduledModelRun
// runs each command as a task of the same scheduler and waits for that task to finish before
// it releases another, so a command that awaits tasks of its own never sees them released.
import type fc from 'fast-check';

export interface GroupCall<T> {
  /** Names the call in the scheduler's report of a failing interleaving. */
  label: string;
  send: () => Promise<T>;
}

/** Every call's outcome, in the group's order, once all have settled. */
export function sendOverlapping<T>(
  s: fc.Scheduler,
  calls: readonly GroupCall<T>[],
): Promise<PromiseSettledResult<T>[]> {
  return s.waitFor(
    Promise.allSettled(
      calls.map(({ label, send }) => s.schedule(Promise.resolve(), `send ${label}`).then(send)),
    ),
  );
}

/** The HTTP status of a rejected call, when the target answered it. */
export function answeredStatus(reason: unknown): number | undefined {
  return (reason as { $metadata?: { httpStatusCode?: number } } | null)?.$metadata?.httpStatusCode;
}
