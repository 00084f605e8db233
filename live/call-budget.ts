// A cap on the API calls of a live run, and a client-side rate limit. Every HTTP attempt counts,
// retries included. The count lives in a file that grows by one byte per call, so the vitest
// workers and the command that started them share one budget without any other coordination.
import { appendFileSync, statSync } from 'node:fs';

export class CallBudgetExceeded extends Error {
  constructor(limit: number) {
    super(
      `the run's API call budget of ${limit} calls is spent; raise --max-calls or run fewer checks`,
    );
    this.name = 'CallBudgetExceeded';
  }
}

export function callsMade(counterPath: string): number {
  try {
    return statSync(counterPath).size;
  } catch {
    return 0;
  }
}

export class CallBudget {
  constructor(
    private readonly counterPath: string,
    private readonly limit: number,
  ) {}

  spend(): void {
    if (callsMade(this.counterPath) >= this.limit) throw new CallBudgetExceeded(this.limit);
    appendFileSync(this.counterPath, '.');
  }
}

/** At most `perSecond` calls a second from this process, spaced evenly. */
export class RateLimiter {
  private next = 0;
  constructor(private readonly perSecond: number) {}

  async take(): Promise<void> {
    const now = Date.now();
    const at = Math.max(now, this.next);
    this.next = at + 1000 / this.perSecond;
    if (at > now) await new Promise((r) => setTimeout(r, at - now));
  }
}
