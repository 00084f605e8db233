// A cap on the API calls of a live run, and a client-side rate limit. Every HTTP attempt counts,
// retries included. The count lives in a file that grows by one byte per call, so the vitest
// workers and the command that started them share one budget without any other coordination;
// answers that clients retry (throttling, server errors) are counted the same way, in files
// beside it, so the report can tell them from conformance failures.
import { appendFileSync, statSync } from 'node:fs';
import type { Exchange } from '../harness/exchange-log.js';
import { retryableKind, type RetryableKind } from './retryable-answer.js';

export class CallBudgetExceeded extends Error {
  constructor(limit: number) {
    super(
      `the run's API call budget of ${limit} calls is spent; raise --max-calls or run fewer checks`,
    );
    this.name = 'CallBudgetExceeded';
  }
}

function bytesIn(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

export const callsMade = (counterPath: string): number => bytesIn(counterPath);

const retryableCounter = (counterPath: string, kind: RetryableKind): string =>
  `${counterPath}.${kind}`;

/** Answers of the run that its clients retry with back-off, by kind. */
export function retryableAnswers(counterPath: string): Record<RetryableKind, number> {
  return {
    throttling: bytesIn(retryableCounter(counterPath, 'throttling')),
    transient: bytesIn(retryableCounter(counterPath, 'transient')),
  };
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

  /** Counts an answer the client will retry (or has run out of attempts for). */
  noteAnswer(exchange: Exchange): void {
    const kind = retryableKind(exchange.response);
    if (kind) appendFileSync(retryableCounter(this.counterPath, kind), '.');
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
