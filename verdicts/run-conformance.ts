// One conformance run: when no endpoint is named, hand the embedded emulator's options to the
// workers (each starts its own: harness/embedded-settings.ts), otherwise make sure the target
// answers; run the suites through vitest with a collecting reporter, and turn the results into a
// ConformanceReport.
import { availableParallelism } from 'node:os';
import { startVitest } from 'vitest/node';
import { PROVENANCE } from '../contract/index.js';
import {
  PATH_VARIABLE,
  RUNS_VARIABLE,
  SEED_VARIABLE,
  SHRINK_VARIABLE,
} from '../harness/property-runs.js';
import {
  EMBEDDED_ACCOUNT,
  embeddedEmulatorEnv,
  embeddedEmulatorSettings,
} from '../harness/embedded-settings.js';
import type { EmulatorOptions } from '../emulator/index.js';
import { recordingEnv, recordingVitestOptions } from '../harness/fixtures/recording-options.js';
import { replayPlan } from '../harness/fixtures/replay-plan.js';
import { ownsEmulators, targetConfigToEnv, type TargetConfig } from '../harness/target-config.js';
import { summarise, verdicts } from './aggregate.js';
import { CheckCollector } from './collect-checks.js';
import type { ExpectationsFile } from './expectations.js';
import type { ConformanceReport } from './model.js';
import { preflight } from './preflight.js';
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
  /** Only test files matching these filters, only tests whose name matches this pattern. */
  files?: string[];
  testNamePattern?: string;
  /** Replays one property case (with the seed). */
  replayPath?: string;
  progress?: NodeJS.WritableStream;
  /** The command line a replay starts from (target flags, without seed or filters). */
  replayBase: string;
  /** Aborting cancels the run: tests in flight finish, none start, file cleanups still run. */
  signal?: AbortSignal;
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

/**
 * Runs whose workers share nothing run one worker per core: fixture replays, and the embedded
 * emulator, of which each worker starts its own (in a child process: harness/conformance-projects.ts says why).
 * Every other run has one worker (vitest's own default on two cores): against an endpoint, files
 * share one account's connections and quota (10 by default; one file holds up to 7).
 */
export const workersFor = (target: TargetConfig): number =>
  target.kind === 'fixtures' || ownsEmulators(target) ? availableParallelism() : 1;

const shellQuote = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

export async function runConformance(options: ConformanceOptions): Promise<ConformanceReport> {
  // Fixtures (targets/fixtures): replayed with the set's own seed, runs and names, its files only.
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
  try {
    if (emulator)
      target = { ...target, account: target.account ?? emulator.accountId ?? EMBEDDED_ACCOUNT };
    // The workers' embedded emulators answer for certain; any other target is asked first.
    else if (target.kind !== 'fixtures') await preflight(target);
    Object.assign(
      process.env,
      targetConfigToEnv(target),
      emulator ? embeddedEmulatorEnv(emulator) : {},
      {
        [SEED_VARIABLE]: String(options.seed),
        [RUNS_VARIABLE]: String(options.runs),
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
      recordingEnv(target, options.label),
    );
    if (options.shrink === false) process.env[SHRINK_VARIABLE] = 'false';
    else delete process.env[SHRINK_VARIABLE];
    if (options.replayPath) process.env[PATH_VARIABLE] = options.replayPath;
    else delete process.env[PATH_VARIABLE];

    const replay = (file: string, name: string, path: string | undefined): string =>
      `${options.replayBase} --seed ${options.seed} --only ${shellQuote(file)} --test ${shellQuote(name)}` +
      (path ? ` --replay-path ${shellQuote(path)}` : '');
    const collector = new CheckCollector(PROJECT_ROOT, options.progress, replay);
    const cancel = (): void => void collector.vitest?.cancelCurrentRun('keyboard-input');
    options.signal?.addEventListener('abort', cancel, { once: true });
    const vitest = await ownSignals(() =>
      startVitest('test', options.files ?? [], {
        root: PROJECT_ROOT,
        config: CONFORMANCE_CONFIG,
        project: ['conformance', 'conformance-serial'],
        reporters: [collector],
        watch: false,
        maxWorkers: workersFor(target),
        ...recordingVitestOptions(target),
        // A live run holds one account's quota: one test file at a time.
        ...(target.live && { fileParallelism: false, maxWorkers: 1 }),
        ...(options.testNamePattern && { testNamePattern: options.testNamePattern }),
      }),
    );
    await vitest.close();
    options.signal?.removeEventListener('abort', cancel);

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
    for (const key of Object.keys(process.env)) if (!(key in saved)) delete process.env[key];
    Object.assign(process.env, saved);
  }
}
