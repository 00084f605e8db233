// The one way a conformance check is written: it names the requirement ids it verifies (checked
// by the compiler against spec/), and leaves them, with the exchanges behind a failure, on the
// task for the reporters.
import fc from 'fast-check';
import { test, type TestContext } from 'vitest';
import { propertyParameters, replayCommand } from '../property-runs.js';
import type { RequirementId } from '../../contract/index.js';
import { NarrowableFailure, RequirementFailure, type Observation } from './meta.js';
import { runContext, type RunContext } from '../run-context.js';
import { exchangesOfFailedCase, withCasesAhead } from './concurrent-cases.js';

export interface CheckContext extends RunContext {
  task: TestContext['task'];
}

/** How many exchanges a failure report keeps: the last few tell the story. */
const EXCHANGES_KEPT = 8;

const label = (ids: readonly RequirementId[], name: string): string => `${name} [${ids.join(' ')}]`;

function testFile(task: TestContext['task']): string {
  return task.file.name;
}

async function runChecked(
  ids: readonly RequirementId[],
  ctx: TestContext,
  body: (c: CheckContext) => Promise<void>,
): Promise<void> {
  const run = runContext();
  ctx.task.meta.requirements = [...ids];
  const mark = run.log.mark();
  try {
    await body({ ...run, task: ctx.task });
  } catch (e) {
    if (e instanceof RequirementFailure) ctx.task.meta.brokenRequirements = e.requirements;
    ctx.task.meta.exchanges ??= run.log.since(mark).slice(-EXCHANGES_KEPT);
    ctx.task.meta.replay ??= replayCommand(testFile(ctx.task), ctx.task.name);
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
 * A property check: `body` must hold for every value of `arbitrary`. A failure reports the
 * seed and path and a command that replays exactly that case.
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
  test(label(ids, name), { timeout: options.timeout ?? 60_000 }, (ctx) =>
    runChecked(ids, ctx, async (c) => {
      const params = propertyParameters<[T]>(
        options.numRuns === undefined ? {} : { numRuns: options.numRuns },
      );
      // Where the log stood when each run failed: the last run fast-check makes while shrinking
      // may well pass, so the exchanges a failure shows end with the counterexample's own.
      const start = c.log.mark();
      const failedAt = new WeakMap<object, number>();
      const values = arbitrary();
      const ahead = options.independentCases;
      const concurrency =
        typeof ahead === 'object' ? Math.min(ahead.atMost, c.run.concurrency) : c.run.concurrency;
      const predicate = ahead
        ? await withCasesAhead(values, params, (v) => body(v, c), concurrency)
        : (v: T) => body(v, c);
      const details = await fc.check(
        fc.asyncProperty(values, async (v) => {
          try {
            await predicate(v);
          } catch (e) {
            if (typeof e === 'object' && e !== null) failedAt.set(e, c.log.mark());
            throw e;
          }
        }),
        params,
      );
      c.task.meta.cases = details.numRuns;
      if (!details.failed) return;
      const replay = replayCommand(testFile(c.task), c.task.name, details.counterexamplePath ?? '');
      c.task.meta.replay = replay;
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
      const message =
        `${reason}\n` +
        `property failed after ${details.numRuns} runs (seed ${details.seed}, path ${details.counterexamplePath ?? '?'})\n` +
        `counterexample: ${fc.stringify(details.counterexample)}\n` +
        `replay: ${replay}`;
      if (cause instanceof RequirementFailure)
        throw new RequirementFailure(cause.requirements, message);
      throw new Error(message, { cause });
    }),
  );
}

/**
 * An OBSERVE requirement: records what the target did and never fails on it. Only a failure to
 * reach the target at all fails the test.
 */
export function observe(
  id: RequirementId,
  name: string,
  body: (c: CheckContext) => Promise<unknown>,
  timeout?: number,
): void {
  test(label([id], name), { timeout }, (ctx) =>
    runChecked([id], ctx, async (c) => {
      const observation: Observation = { requirement: id, value: await body(c) };
      ctx.task.meta.observations = [...(ctx.task.meta.observations ?? []), observation];
    }),
  );
}
