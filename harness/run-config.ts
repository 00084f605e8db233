// A conformance run's whole configuration, built once by whoever starts the run (the conformance
// command through verdicts/run-conformance.ts, or vitest.config.ts for a bare `vitest run`) and
// handed to every vitest worker once, through vitest's provide/inject
// (harness/provided-run-config.ts). Nothing a worker does reads the environment for it.
import { randomInt } from 'node:crypto';
import type { EmulatorOptions } from '../emulator/options.js';
import { parseWholeNumber } from '../common/parse-number.js';
import { resolveTarget, type TargetConfig } from './target-config.js';

/** How properties run: one seed for the whole run, so a run replays from one number. */
export interface PropertySettings {
  seed: number;
  /** Cases per property. */
  runs: number;
  /**
   * false makes a failing property stop at its first counterexample instead of shrinking it. The
   * negative fixture sets are recorded so (and replayed so): what they prove is that a check
   * fails, and shrinking an astral tag key of 128 code points takes thousands of calls.
   */
  shrink: boolean;
  /** A fast-check replay path: with the seed, it replays exactly one failing case. */
  path?: string;
  /** Milliseconds each property may take (harness/property-runs.ts says the default). */
  budgetMs?: number;
  /**
   * Milliseconds one call to the target takes: the round trip preflight measured, or the live
   * rate's interval where that is longer. Properties size their time budget from it.
   */
  callMs?: number;
}

export interface RunConfig {
  target: TargetConfig;
  properties: PropertySettings;
  /** Options of the emulator each worker embeds when the run names no endpoint. */
  emulator?: EmulatorOptions;
  /** The target's name in the provenance of what a recording run records. */
  recordLabel?: string;
  /** A file to which each replayed test file appends its ReplayOutcome (tests of the replay). */
  replayJournal?: string;
  /** A directory where each test file notes its calls (npm run bench:conformance). */
  callTrace?: string;
  /**
   * How many cases of a property whose cases are independent may be in flight at once
   * (harness/checks/concurrent-cases.ts); 1 runs every case after the one before.
   */
  concurrency: number;
  /**
   * host:port of the create lease broker when several workers share one account
   * (harness/create-lease.ts); absent when each worker has an account of its own.
   */
  createLease?: string;
}

export const DEFAULT_RUNS = 100;

/**
 * Cases in flight at once unless the command says otherwise. Against an endpoint a case waits
 * mostly on the network, so several overlap. A live run takes one case at a time: its rate limit
 * (10 calls a second by default) is what bounds it, and a stop then leaves at most one create in
 * flight.
 * The embedded emulator answers in the worker's own process, where overlapping cases only share
 * one core; a recording or a replay keeps the order of its exchanges.
 */
export function concurrencyFor(target: TargetConfig): number {
  if (target.kind === 'fixtures' || target.recordDir) return 1;
  if (target.live) return 1;
  return target.kind === 'endpoint' ? 8 : 1;
}

/**
 * The variable that carries a run's configuration from the process that starts vitest to
 * vitest.config.ts, which may run in a fresh module graph; the workers get it from `provide`.
 */
export const RUN_CONFIG_VARIABLE = 'CONFORMANCE_RUN';

/**
 * The variables a person may set for a bare `vitest run`, to replay a property of the project's
 * own tests (generators/README.md): the seed, the cases per property and a replay path.
 */
export const PROPERTY_VARIABLES = {
  seed: 'CONFORMANCE_SEED',
  runs: 'CONFORMANCE_RUNS',
  path: 'CONFORMANCE_PATH',
} as const;

function wholeNumberFromEnv(env: NodeJS.ProcessEnv, name: string, min: number): number | undefined {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  const n = parseWholeNumber(raw, min);
  if (n === undefined)
    throw new Error(`${name} must be a whole number of at least ${min}, got "${raw}"`);
  return n;
}

/** Property settings: what the caller says, else the replay variables, else the defaults. */
export function resolveProperties(
  input: Partial<PropertySettings> = {},
  env: NodeJS.ProcessEnv = {},
): PropertySettings {
  const path = input.path ?? (env[PROPERTY_VARIABLES.path] || undefined);
  return {
    seed: input.seed ?? wholeNumberFromEnv(env, PROPERTY_VARIABLES.seed, 0) ?? randomInt(2 ** 31),
    runs: input.runs ?? wholeNumberFromEnv(env, PROPERTY_VARIABLES.runs, 1) ?? DEFAULT_RUNS,
    shrink: input.shrink ?? true,
    ...(path !== undefined && { path }),
  };
}

/** The configuration a run was started with, or a default one (embedded emulator, fresh seed). */
export function runConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RunConfig {
  const raw = env[RUN_CONFIG_VARIABLE];
  if (raw) return JSON.parse(raw) as RunConfig;
  const target = resolveTarget({}, env);
  return { target, properties: resolveProperties({}, env), concurrency: concurrencyFor(target) };
}

/** The environment that makes runConfigFromEnv answer `config`. */
export const runConfigEnv = (config: RunConfig): Record<string, string> => ({
  [RUN_CONFIG_VARIABLE]: JSON.stringify(config),
});
