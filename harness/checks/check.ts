// The one way a conformance check is written: it names the requirement ids it verifies (checked
// by the compiler against spec/), and leaves them, with the exchanges behind a failure, on the
// task for the reporters.
import fc from 'fast-check';
import { test, type TestContext } from 'vitest';
import {
  propertyBudgetMs,
  propertyParameters,
  propertyRuns,
  propertyTimeoutMs,
} from '../property-runs.js';
import { isLoopback } from '../target-config.js';
import { NO_CONTROL_REASON, targetControl, type TargetControl } from '../control-client.js';
import type { RequirementId } from '../../contract/index.js';
import { Inconclusive, NarrowableFailure, RequirementFailure, type Observation } from './meta.js';
import { runContext, type RunContext } from '../run-context.js';
import { exchangesOfFailedCase, withCasesAhead } from './concurrent-cases.js';
import { interruptedBeforeAnyFailure, remainingLimitMs } from './property-budget.js';

export interface CheckContext extends RunContext {
  task: TestContext['task'];
  /** Aborted when the run is stopped or the check times out. */
  signal: AbortSignal;
}

/** An error answer from the target as an observation records it; undefined for no answer. */
function answerOf(e: unknown): { error: string; status: number | undefined } | undefined {
  const err = e as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  if (err?.$metadata?.httpStatusCode === undefined) return undefined;
  return { error: err.name ?? 'Error', status: err.$metadata.httpStatusCode };
}

/** How many exchanges a failure report keeps: the last few tell the story. */
const EXCHANGES_KEPT = 8;

const label = (ids: readonly RequirementId[], name: string): string => `${name} [${ids.join(' ')}]`;

/**
 * Cases a failing property may run while shrinking against a target off this machine: each is a
 * round trip, and shrinking a long astral tag key unbounded takes thousands.
 */
const REMOTE_SHRINK_RUNS = 50;

/** The log position a failure was judged at, when it says; else undefined. */
const judgedAt = (e: unknown): number | undefined =>
  e instanceof RequirementFailure ? e.judgedAt : undefined;

async function runChecked(
  ids: readonly RequirementId[],
  ctx: TestContext,
  body: (c: CheckContext) => Promise<void>,
): Promise<void> {
  const run = runContext();
  ctx.task.meta.requirements = [...ids];
  const mark = run.log.mark();
  try {
    await body({ ...run, task: ctx.task, signal: ctx.signal });
  } catch (e) {
    // The check could not judge on this target: it ends without failing, unverified.
    if (e instanceof Inconclusive) {
      ctx.task.meta.incomplete = e.reason;
      return;
    }
    if (e instanceof RequirementFailure) ctx.task.meta.brokenRequirements = e.requirements;
    // The exchanges up to the one judged: a cleanup in a finally block ran after it.
    const end = judgedAt(e) ?? run.log.mark();
    ctx.task.meta.exchanges ??= run.log
      .since(mark)
      .slice(0, Math.max(end - mark, 0))
      .slice(-EXCHANGES_KEPT);
    throw e;
  }
}

/** A conformance check of one behaviour. */
export function check(
  ids: readonly RequirementId[],
  name: string,
  body: (c: CheckContext) => Promise<void>,
  timeout?: number,
): void {
  test(label(ids, name), { timeout }, (ctx) => runChecked(ids, ctx, body));
}

/**
 * A control interface that fails a request says nothing of the API's conformance: the check then
 * ends unverified, with what the interface answered.
 */
function inconclusiveWhenRefused(control: TargetControl): TargetControl {
  const refused = (e: unknown): never => {
    throw new Inconclusive(`the control interface failed: ${(e as Error).message}`);
  };
  return {
    setStatus: (arn, status) => control.setStatus(arn, status).catch(refused),
    injectFault: (fault) => control.injectFault(fault).catch(refused),
  };
}

/**
 * A check that drives the target's control interface (harness/control-client.ts): on a target
 * that declares none it is skipped, and what only it cites is reported not covered, with why.
 */
export function checkWithControl(
  ids: readonly RequirementId[],
  name: string,
  body: (c: CheckContext, control: TargetControl) => Promise<void>,
  timeout?: number,
): void {
  test(label(ids, name), { timeout }, (ctx) => {
    const control = targetControl(runContext().config);
    if (control) return runChecked(ids, ctx, (c) => body(c, inconclusiveWhenRefused(control)));
    ctx.task.meta.requirements = [...ids];
    ctx.task.meta.notCoveredBecause = NO_CONTROL_REASON;
    ctx.skip(NO_CONTROL_REASON);
  });
}

/**
 * A property check: `body` must hold for every value of `arbitrary`. It runs within a time budget
 * (fast-check's interruptAfterTimeLimit, shrinking included): one that runs out of time before
 * its last case ends incomplete (its requirements unverified), never failed, and a failure keeps
 * the counterexample it had when time ran out. A failure reports the seed and the path; the run's
 * report adds the one command that replays that case.
 */
export function checkProperty<T>(
  ids: readonly RequirementId[],
  name: string,
  /** Built when the test runs, so it may use the file's name prefix. */
  arbitrary: () => fc.Arbitrary<T>,
  body: (value: T, c: CheckContext) => Promise<void>,
  options: {
    numRuns?: number;
    timeout?: number;
    /**
     * The cases hold whatever else runs at the same time (each makes and judges its own calls,
     * and leaves nothing another case could see): they may run several at a time
     * (concurrent-cases.ts), at most `atMost` (say, the connections a file reserved).
     */
    independentCases?: boolean | { atMost: number };
  } = {},
): void {
  const declared = options.timeout ?? 60_000;
  const budgetMs = propertyBudgetMs(declared, options.numRuns ?? propertyRuns());
  const timeout = propertyTimeoutMs(declared, budgetMs);
  test(label(ids, name), { timeout }, (ctx) =>
    runChecked(ids, ctx, async (c) => {
      const params = propertyParameters<[T]>({
        ...(options.numRuns !== undefined && { numRuns: options.numRuns }),
        interruptAfterTimeLimit: budgetMs,
        markInterruptAsFailure: false,
      });
      const endpoint = c.config.endpoint;
      const shrinkRuns =
        endpoint !== undefined && !isLoopback(endpoint) ? REMOTE_SHRINK_RUNS : Infinity;
      // Where the log stood when each run failed: the last run fast-check makes while shrinking
      // may well pass, so the exchanges a failure shows end with the counterexample's own.
      const start = c.log.mark();
      const failedAt = new WeakMap<object, number>();
      let shrinking = 0;
      let inconclusive = false;
      const values = arbitrary();
      const ahead = options.independentCases;
      const concurrency =
        typeof ahead === 'object' ? Math.min(ahead.atMost, c.run.concurrency) : c.run.concurrency;
      // Cases run ahead count against the time budget: fast-check gets what they leave of it.
      const aheadFrom = Date.now();
      const predicate = await withCasesAhead(
        values,
        params,
        (v) => body(v, c),
        ahead ? concurrency : 1,
        {
          deadline: aheadFrom + budgetMs,
          signal: c.signal,
        },
      );
      params.interruptAfterTimeLimit = remainingLimitMs(budgetMs, Date.now() - aheadFrom);
      const details = await fc.check(
        fc.asyncProperty(values, async (v) => {
          // Past the shrink bound a candidate is not tried (no call is made): the counterexample
          // stays the smallest failing one found so far.
          if (shrinking > 0) fc.pre(!inconclusive && shrinking++ <= shrinkRuns);
          try {
            await predicate(v);
          } catch (e) {
            // Out of time: no case failed, fast-check stops here.
            if (fc.PreconditionFailure.isFailure(e)) throw e;
            // A case that cannot be judged ends the property: nothing is worth shrinking.
            if (e instanceof Inconclusive) inconclusive = true;
            else if (typeof e === 'object' && e !== null)
              failedAt.set(e, judgedAt(e) ?? c.log.mark());
            shrinking ||= 1;
            throw e;
          }
        }),
        params,
      );
      c.task.meta.cases = details.numRuns;
      if (details.errorInstance instanceof Inconclusive) throw details.errorInstance;
      if (!details.failed || interruptedBeforeAnyFailure(details)) {
        if (details.interrupted) {
          throw new Inconclusive(
            `ran ${details.numRuns} of ${params.numRuns ?? '?'} cases within its ${(budgetMs / 1000).toFixed(0)} s time budget (seed ${details.seed}); a slower target verifies fewer: fewer --runs finish`,
          );
        }
        return;
      }
      c.task.meta.replayPath = details.counterexamplePath ?? undefined;
      let cause = details.errorInstance;
      const end =
        (typeof cause === 'object' && cause !== null && failedAt.get(cause)) || c.log.mark();
      // A case run ahead of its turn made its calls among others': it kept its own.
      const ownExchanges =
        typeof cause === 'object' && cause !== null ? exchangesOfFailedCase.get(cause) : undefined;
      c.task.meta.exchanges = (ownExchanges ?? c.log.since(start).slice(0, end - start)).slice(
        -EXCHANGES_KEPT,
      );
      // Probes narrow the blame; they speak through the message, not the exchanges shown.
      if (cause instanceof NarrowableFailure) {
        const broad = cause;
        cause = await broad
          .narrow()
          .catch(
            (e: unknown) =>
              new RequirementFailure(
                broad.requirements,
                `${broad.detail}; probing which rule failed did not finish: ${e instanceof Error ? e.message : String(e)}`,
              ),
          );
      }
      // The reason first: a summary that shows a failure's first lines shows why it failed.
      const reason =
        cause instanceof RequirementFailure
          ? cause.detail
          : cause instanceof Error
            ? cause.message
            : String(cause);
      const cut = details.interrupted ? '; shrinking was cut short by the time budget' : '';
      const message =
        `${reason}\n` +
        `property failed after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath ?? '?'}${cut})\n` +
        `counterexample: ${fc.stringify(details.counterexample)}`;
      if (cause instanceof RequirementFailure)
        throw new RequirementFailure(cause.requirements, message);
      throw new Error(message, { cause });
    }),
  );
}

/**
 * An OBSERVE requirement: records what the target did and never fails on it. An error answer the
 * body did not expect is what the target did, and is recorded; a call that got no answer at all
 * leaves the observation unmade (incomplete), not failed.
 */
export function observe(
  id: RequirementId,
  name: string,
  body: (c: CheckContext) => Promise<unknown>,
  timeout?: number,
): void {
  test(label([id], name), { timeout }, (ctx) =>
    runChecked([id], ctx, async (c) => {
      let value: unknown;
      try {
        value = await body(c);
      } catch (e) {
        if (e instanceof Inconclusive) throw e;
        const answer = answerOf(e);
        if (!answer) {
          throw new Inconclusive(
            `the observation could not be made: ${e instanceof Error ? e.message : String(e)}`,
          );
        }
        value = answer;
      }
      const observation: Observation = { requirement: id, value };
      ctx.task.meta.observations = [...(ctx.task.meta.observations ?? []), observation];
    }),
  );
}
