// The live-run part of the conformance command: flags, the guard in front of the first write,
// the run's identity and limits, and the cleanup at the end (also after a failure or a signal).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createClient } from '../harness/client.js';
import { isLoopback, type LiveSettings, type TargetConfig } from '../harness/target-config.js';
import { positiveNumberFlag, UsageError, wholeNumberFlag } from './command.js';
import { callerAccount } from '../live/caller-identity.js';
import { callsMade, retryableAnswers } from '../live/call-budget.js';
import { guardLiveRun } from '../live/guard.js';
import { newRunId, namePrefixOf } from '../live/run-identity.js';
import { sweepUntilSettled, type SweepResult } from '../live/sweep.js';
import type { Secrets } from '../live/redact.js';

export const LIVE_FLAGS = {
  live: { type: 'boolean' },
  'include-quota': { type: 'boolean' },
  'max-calls': { type: 'string' },
  rate: { type: 'string' },
  ledger: { type: 'string' },
  'sts-endpoint': { type: 'string' },
} as const;

export const LIVE_HELP = `  --live                  allow writes to an endpoint not on this machine (a real account)
  --account ID            with --live: an account the run may write to (repeatable); checked
                          against STS GetCallerIdentity before anything is created
  --include-quota         with --live: also run the quota check (it fills the account's quota)
  --max-calls N           with --live: API call budget of the run (default ${5000})
  --rate N                with --live: most calls per second (default 10)
  --ledger FILE           with --live: where the run records what it creates (default conformance-ledger.jsonl)
  --sts-endpoint URL      with --live: STS endpoint for the identity check (default: AWS's)`;

/** Property cases per property on a live target unless --runs says otherwise: calls cost money. */
export const LIVE_DEFAULT_RUNS = 5;
/**
 * How long the end-of-run cleanup keeps looking for a connection whose create was in flight when
 * the run stopped (see sweepUntilSettled). It waits only when the ledger holds such a create.
 */
const IN_FLIGHT_SETTLE_MS = 10_000;
const TREAT_AS_LIVE = 'CONFORMANCE_TEST_TREAT_LOOPBACK_AS_LIVE';

export interface LiveFlagValues {
  live?: boolean;
  account?: string[];
  'include-quota'?: boolean;
  'max-calls'?: string;
  rate?: string;
  ledger?: string;
  'sts-endpoint'?: string;
}

export interface LiveRun {
  settings: LiveSettings;
  account: string;
  secrets: Secrets;
  /** Deletes whatever this run left, from its ledger and its tags. */
  cleanup(target: TargetConfig): Promise<SweepResult>;
  calls(): number;
  /** Answers the run's clients retried, by kind (live/call-budget.ts). */
  retried(): { throttling: number; transient: number };
  /** Removes the run's temporary files (its call counter); calls() and retried() are 0 after. */
  dispose(): void;
}

/** Whether writes would reach a real account: any non-loopback endpoint, or AWS itself. */
export function isRemote(
  endpoint: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): boolean {
  if (endpoint === undefined) return false;
  return !isLoopback(endpoint) || env[TREAT_AS_LIVE] === '1';
}

/**
 * A live flag on a target on this machine would be ignored (nothing there is a real account, so
 * no ledger is written, no budget kept): it is refused instead, so nobody believes it was honoured.
 */
function refuseLiveFlags(v: LiveFlagValues, endpoint: string | undefined): void {
  const given = (Object.keys(LIVE_FLAGS) as (keyof typeof LIVE_FLAGS)[]).find(
    (flag) => v[flag] !== undefined && v[flag] !== false,
  );
  if (given === undefined) return;
  throw new UsageError(
    `--${given} is for live runs against a real account, and ${endpoint ?? 'the embedded emulator'} is on this machine: drop --${given}`,
  );
}

/** Guards and prepares a live run; undefined when the target is on this machine. */
export async function prepareLiveRun(
  v: LiveFlagValues,
  target: TargetConfig,
): Promise<LiveRun | undefined> {
  const accounts = v.account ?? [];
  for (const a of accounts)
    if (!/^\d{12}$/.test(a)) throw new UsageError(`--account must be 12 digits, got "${a}"`);
  const remote = isRemote(target.endpoint) || (v.live === true && target.endpoint === undefined);
  if (!remote) refuseLiveFlags(v, target.endpoint);
  const account = await guardLiveRun({
    remote,
    live: v.live === true,
    allowedAccounts: accounts,
    caller: () =>
      callerAccount({
        region: target.region,
        ...(target.profile && { profile: target.profile }),
        ...(v['sts-endpoint'] && { endpoint: v['sts-endpoint'] }),
      }),
  });
  if (account === undefined) return undefined;
  const runId = newRunId();
  const settings: LiveSettings = {
    runId,
    ledger: resolve(v.ledger ?? 'conformance-ledger.jsonl'),
    callCounter: join(mkdtempSync(join(tmpdir(), 'conformance-calls-')), 'count'),
    maxCalls: wholeNumberFlag('max-calls', v['max-calls']) ?? 5000,
    callsPerSecond: positiveNumberFlag('rate', v.rate) ?? 10,
    includeQuota: v['include-quota'] === true,
  };
  const env = process.env;
  return {
    settings,
    account,
    secrets: {
      account,
      ...(env.AWS_ACCESS_KEY_ID && { accessKeyId: env.AWS_ACCESS_KEY_ID }),
      ...(env.AWS_SECRET_ACCESS_KEY && { secretAccessKey: env.AWS_SECRET_ACCESS_KEY }),
      ...(env.AWS_SESSION_TOKEN && { sessionToken: env.AWS_SESSION_TOKEN }),
    },
    async cleanup(t) {
      // The budget may be spent: cleanup must still run, so its client has no live limits.
      const { client } = createClient({ ...t, live: undefined });
      try {
        return await sweepUntilSettled(
          client,
          { ledger: settings.ledger, runId },
          { settleMs: IN_FLIGHT_SETTLE_MS, pollMs: 500 },
        );
      } finally {
        client.destroy();
      }
    },
    calls: () => callsMade(settings.callCounter),
    retried: () => retryableAnswers(settings.callCounter),
    dispose: () => rmSync(dirname(settings.callCounter), { recursive: true, force: true }),
  };
}

export function liveTarget(target: TargetConfig, run: LiveRun): TargetConfig {
  return {
    ...target,
    kind: 'endpoint',
    live: run.settings,
    namePrefix: namePrefixOf(run.settings.runId),
    account: run.account,
    maxAttempts: 5,
    clockSkewSeconds: 300,
  };
}
