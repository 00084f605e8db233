// One conformance run: when no endpoint is named, hand the embedded emulator's options to the
// workers (each starts its own: harness/embedded-settings.ts), otherwise make sure the target
// answers; run the suites through vitest with a collecting reporter, and turn the results into a
// ConformanceReport.
import { availableParallelism } from 'node:os';
import { startVitest } from 'vitest/node';
import { PLACEHOLDER_ACCOUNT, PROVENANCE } from '../contract/index.js';
import { embeddedEmulatorSettings } from '../harness/embedded-settings.js';
import type { EmulatorOptions } from '../emulator/index.js';
import { recordingVitestOptions } from '../harness/fixtures/recording-options.js';
import { replayPlan } from '../harness/fixtures/replay-plan.js';
import { concurrencyFor, runConfigEnv, type RunConfig } from '../harness/run-config.js';
import type { CreateLeaseBroker } from '../harness/create-lease-broker.js';
import { ownsEmulators, type TargetConfig } from '../harness/target-config.js';
import { summarise, verdicts } from './aggregate.js';
import { CheckCollector } from './collect-checks.js';
import type { ExpectationsFile } from './expectations.js';
import type { CheckResult, ConformanceReport } from './model.js';
import { InputError } from '../common/input-error.js';
import { preflight } from './preflight.js';
import { replayCommand } from './replay-command.js';
import { SUITE_NAME, SUITE_VERSION } from '../harness/suite-version.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import { CONFORMANCE_CONFIG } from '../harness/conformance-projects.js';

export interface ConformanceOptions {
  target: TargetConfig;
  seed: number;
  runs: number;
  /** false: failing properties report their first counterexample unshrunk (default true). */
  shrink?: boolean;
  /** A name for the target in reports (default: its kind and endpoint). */
  label?: string;
  expectations?: ExpectationsFile;
  /** How the embedded emulator starts (deviations and variants prove the gate itself). */
  emulator?: EmulatorOptions;
  /** Only test files matching these filters, only the check with exactly this name. */
  files?: string[];
  testName?: string;
  /** Replays one property case (with the seed). */
  replayPath?: string;
  progress?: NodeJS.WritableStream;
  /** The command line a replay starts from (target flags, without seed or filters). */
  replayBase: string;
  /** Aborting cancels the run: tests in flight finish, none start, file cleanups still run. */
  signal?: AbortSignal;
  /** Where each replayed test file notes its outcome (tests of the replay). */
  replayJournal?: string;
  /** Where each test file notes its calls (npm run bench:conformance). */
  callTrace?: string;
  /** Test files at once (default: workersFor). */
  workers?: number;
  /** Milliseconds each property may take (default: sized from the round trip preflight measures). */
  propertyBudgetMs?: number;
  /** Cases in flight at once in properties whose cases are independent (default: concurrencyFor). */
  concurrency?: number;
}

/**
 * Runs `start` while keeping SIGINT and SIGTERM for the caller: vitest's logger exits the process
 * 1 ms after either signal, which would end a live run before it deletes what it created. The
 * listeners vitest adds meanwhile are taken off again; the caller aborts through `signal`.
 */
async function ownSignals<T>(start: () => Promise<T>): Promise<T> {
  const drop = (event: string | symbol, listener: (...args: unknown[]) => void): void => {
    if (event === 'SIGINT' || event === 'SIGTERM')
      queueMicrotask(() => process.off(event, listener));
  };
  process.on('newListener', drop);
  try {
    return await start();
  } finally {
    process.off('newListener', drop);
  }
}

/** Test files at once against an endpoint unless the command says otherwise. */
export const DEFAULT_ENDPOINT_WORKERS = 4;

/**
 * Runs whose workers share nothing run one worker per core: fixture replays, and the embedded
 * emulator, of which each worker starts its own (in a child process: docs/decisions/0002).
 * Against an endpoint the files wait on the network, so several run at once, sharing the
 * account's quota through the create lease (harness/create-lease.ts). A live run keeps to one
 * worker, whose rate limit and call budget then hold for the whole run; a recording too, so that
 * a file's listings show only what that file made.
 */
export function workersFor(target: TargetConfig, requested?: number): number {
  if (target.kind === 'fixtures' || ownsEmulators(target)) return availableParallelism();
  if (target.live || target.recordDir) return 1;
  return requested ?? DEFAULT_ENDPOINT_WORKERS;
}

/** Whether the run's workers share one account, and so need the create lease. */
const sharesAccount = (target: TargetConfig, workers: number): boolean =>
  workers > 1 && target.kind !== 'fixtures' && !ownsEmulators(target);

/**
 * What one call to the target costs a property: the measured round trip, or on a live run the
 * interval its rate limit keeps between calls, where that is longer.
 */
function callMsOf(target: TargetConfig, roundTripMs: number | undefined): number | undefined {
  const interval = target.live ? 1000 / target.live.callsPerSecond : undefined;
  if (roundTripMs === undefined) return interval;
  return Math.max(roundTripMs, interval ?? 0);
}

/** How often a stopped run's cancel is repeated while vitest may still be starting. */
const CANCEL_REPEAT_MS = 100;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A selection that ran no check would end in a verdict about nothing (a typo in CI turning the
 * gate green): it is a usage error, naming the part of the selection that matched nothing.
 */
function requireSelected(options: ConformanceOptions, checks: readonly CheckResult[]): void {
  if (!options.files?.length && options.testName === undefined) return;
  if (checks.some((c) => c.state !== 'skip')) return;
  const only = (options.files ?? []).map((f) => `--only ${f}`).join(' ');
  if (checks.length === 0 && options.files?.length) {
    throw new InputError(
      `${only} matched no suite file; name a file under suites/ ending in .suite.ts`,
    );
  }
  throw new InputError(
    `--test '${options.testName ?? ''}' matched no check${only ? ` in ${only}` : ''}; give a check's full name as a report or a replay command shows it`,
  );
}

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  // Fixtures (harness/fixtures): replayed with the set's own seed, runs and names, its files only.
  if (options.target.kind === 'fixtures')
    options = { ...options, ...replayPlan(options.target, options.files) };
  const startedAt = new Date();
  let target = options.target;
  const emulator: EmulatorOptions | undefined =
    target.kind === 'emulator' && !target.endpoint
      ? { ...embeddedEmulatorSettings(target), ...options.emulator }
      : undefined;
  // Options a caller adds (deviations, variants) are checked here, before any worker starts an
  // emulator with them; the emulator is loaded only then, the command's own options being valid.
  if (emulator && options.emulator)
    (await import('../emulator/options.js')).resolveOptions(emulator);
  const saved = { ...process.env };
  let broker: CreateLeaseBroker | undefined;
  try {
    let existing: number | undefined;
    let callMs: number | undefined;
    if (emulator)
      target = { ...target, account: target.account ?? emulator.accountId ?? PLACEHOLDER_ACCOUNT };
    // The workers' embedded emulators answer for certain; any other target is asked first.
    else if (target.kind !== 'fixtures') {
      const found = await preflight(target);
      existing = found.live;
      callMs = callMsOf(target, found.roundTripMs);
      if (found.roundTripMs !== undefined)
        options.progress?.write(
          `Round trip: ${Math.round(found.roundTripMs)} ms (median of preflight's listings)${callMs !== undefined && callMs > found.roundTripMs ? `; the live rate allows a call every ${Math.round(callMs)} ms` : ''}\n`,
        );
    }
    const workers = workersFor(target, options.workers);
    if (sharesAccount(target, workers)) {
      const { startCreateLeaseBroker } = await import('../harness/create-lease-broker.js');
      // What the account holds already is not the run's to share out.
      broker = await startCreateLeaseBroker(target.connectionQuota - (existing ?? 0));
    }
    // The run's whole configuration, once: vitest.config.ts reads it and provides it to workers.
    const run: RunConfig = {
      concurrency: options.concurrency ?? concurrencyFor(target),
      ...(broker && { createLease: broker.address }),
      target,
      properties: {
        seed: options.seed,
        runs: options.runs,
        shrink: options.shrink !== false,
        ...(options.replayPath && { path: options.replayPath }),
        ...(options.propertyBudgetMs !== undefined && { budgetMs: options.propertyBudgetMs }),
        ...(callMs !== undefined && { callMs }),
      },
      ...(emulator && { emulator }),
      ...(target.recordDir && options.label && { recordLabel: options.label }),
      ...(options.replayJournal && { replayJournal: options.replayJournal }),
      ...(options.callTrace && { callTrace: options.callTrace }),
    };
    Object.assign(process.env, runConfigEnv(run), {
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    });

    const replay = (file: string, name: string | undefined, path: string | undefined): string =>
      replayCommand({ base: options.replayBase, seed: options.seed, file, name, path });
    const collector = new CheckCollector(PROJECT_ROOT, options.progress, replay);
    // vitest forgets a cancel that comes before its run has started (it clears the flag when the
    // run begins, and workers not yet up never hear of it): a stop during start-up was ignored
    // and the whole run went on. So the cancel is repeated until vitest is done.
    let cancelling: NodeJS.Timeout | undefined;
    const cancel = (): void => {
      const again = () => void collector.vitest?.cancelCurrentRun('keyboard-input');
      again();
      cancelling = setInterval(again, CANCEL_REPEAT_MS);
      cancelling.unref();
    };
    options.signal?.addEventListener('abort', cancel, { once: true });
    const vitest = await ownSignals(() =>
      startVitest('test', options.files ?? [], {
        root: PROJECT_ROOT,
        config: CONFORMANCE_CONFIG,
        project: ['conformance', 'conformance-serial'],
        reporters: [collector],
        watch: false,
        maxWorkers: workers,
        ...recordingVitestOptions(target),
        // A live run holds one account's quota: one test file at a time.
        ...(target.live && { fileParallelism: false }),
        ...(options.testName !== undefined && {
          testNamePattern: `^${escapeRegExp(options.testName)}$`,
        }),
      }),
    );
    await vitest.close();
    clearInterval(cancelling);
    options.signal?.removeEventListener('abort', cancel);
    if (!options.signal?.aborted) requireSelected(options, collector.checks);

    const requirements = verdicts(
      collector.checks,
      options.expectations?.expectations ?? new Map(),
    );
    const summary = summarise(requirements, collector.checks, collector.cases);
    // An error outside any check (a suite file that does not load) makes the verdict meaningless.
    // A run stopped before its end has not shown that the target conforms.
    if (options.signal?.aborted)
      collector.unhandled.push('the run was stopped before every check had run');
    if (collector.unhandled.length > 0) summary.verdict = 'fail';
    return {
      reportVersion: 1,
      suite: { name: SUITE_NAME, version: SUITE_VERSION },
      spec: {
        model: {
          source: PROVENANCE.model.source,
          commit: PROVENANCE.model.commit,
          sha256: PROVENANCE.model.sha256,
          apiVersion: PROVENANCE.model.apiVersion,
        },
        deriveSpecVersion: PROVENANCE.deriveSpecVersion,
      },
      target: {
        kind: target.kind,
        label:
          options.label ??
          (target.kind === 'endpoint' ? (target.endpoint ?? 'endpoint') : target.kind),
        ...(target.kind === 'endpoint' && target.endpoint && { endpoint: target.endpoint }),
        region: target.region,
      },
      run: {
        seed: options.seed,
        runs: options.runs,
        startedAt: startedAt.toISOString(),
        durationMs: Date.now() - startedAt.getTime(),
        command: `${options.replayBase} --seed ${options.seed}`,
      },
      summary,
      ...(collector.unhandled.length > 0 && { errors: collector.unhandled }),
      requirements,
      checks: collector.checks,
    };
  } finally {
    await broker?.close();
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
