// One read shared by the cases that need it at once. Cases run ahead of their turn
// (concurrent-cases.ts) each confirm what their call left behind with the same read (the
// account's listing, a shared connection's tags): half of such a file's calls. A read proves
// something about a call only if it started after that call was answered; so a case joins the
// read in flight only if none is in flight yet, and otherwise the one that starts after it, which
// every case that asked meanwhile shares. Eight cases at once then make about two reads, not
// eight; one case at a time (in its turn, shrinking) makes one read each, as before. The read's
// exchanges are logged with the case that started it (exchange-scope.ts).

/** `read`, shared: each call answers with a read that started after the call was made. */
export function sharedRead<T>(read: () => Promise<T>): () => Promise<T> {
  let inFlight: Promise<T> | undefined;
  let next: Promise<T> | undefined;
  const start = (): Promise<T> => {
    const started: Promise<T> = read().finally(() => {
      if (inFlight === started) inFlight = undefined;
    });
    inFlight = started;
    return started;
  };
  return () => {
    if (!inFlight) return start();
    // The read in flight began before this call: wait for it, then share the one after it (or
    // one another caller started meanwhile, which also began after this call).
    next ??= inFlight
      .then(
        () => undefined,
        () => undefined,
      )
      .then(() => {
        next = undefined;
        return inFlight ?? start();
      });
    return next;
  };
}
