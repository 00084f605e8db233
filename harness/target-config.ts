// What a conformance run is pointed at. It travels to the vitest workers inside the run's
// configuration (harness/run-config.ts).
export type TargetKind = 'emulator' | 'endpoint' | 'fixtures';

export interface TargetConfig {
  kind: TargetKind;
  /** URL of the endpoint (the embedded emulator's, once started). */
  endpoint: string | undefined;
  region: string;
  profile: string | undefined;
  /** The account ARNs must name; learned from the first ARN when unknown. */
  account: string | undefined;
  /** The target's connection quota (CONN-QUOTA). */
  connectionQuota: number;
  /** Prefix of every connection name this run creates, so runs sharing a target never collide. */
  namePrefix: string;
  /** Attempts per SDK call: 1 on loopback (a 5xx check is not slowed), more on a real service. */
  maxAttempts: number;
  /** How far CreatedAt may sit outside the call's window (clock skew), in seconds. */
  clockSkewSeconds: number;
  fixturesDir: string | undefined;
  recordDir: string | undefined;
  /**
   * The target's control interface (the reference emulator's: ENDPOINT/_emulator), which the
   * checks of handshakes and of the errors no request provokes need; without it they are not
   * covered (harness/control-client.ts).
   */
  control: string | undefined;
  /** Set for a live run (live/): what it creates is tagged and written to a ledger. */
  live: LiveSettings | undefined;
}

export interface LiveSettings {
  runId: string;
  ledger: string;
  /** File whose size counts the run's API calls (live/call-budget.ts). */
  callCounter: string;
  maxCalls: number;
  callsPerSecond: number;
  /** The quota check fills the account's quota: only when asked for. */
  includeQuota: boolean;
}

export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

/** What a caller says of the target; resolveTarget fills in the rest. */
export type TargetInput = Partial<TargetConfig>;

/**
 * The one place a target's defaults live. `env` gives only the SDK's own Region variables; every
 * other setting comes from the caller (the conformance command's flags, a test, a benchmark).
 */
export function resolveTarget(
  input: TargetInput = {},
  env: NodeJS.ProcessEnv = process.env,
): TargetConfig {
  const endpoint = input.endpoint || undefined;
  const kind = input.kind ?? (endpoint ? 'endpoint' : 'emulator');
  // A real service retries, and its clock may sit minutes away from this machine's.
  const remote = kind === 'endpoint' && endpoint !== undefined && !isLoopback(endpoint);
  return {
    kind,
    endpoint,
    region: input.region || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    profile: input.profile || undefined,
    account: input.account || undefined,
    connectionQuota: input.connectionQuota ?? 10,
    namePrefix: input.namePrefix || 'cf-',
    maxAttempts: input.maxAttempts ?? (remote ? 5 : 1),
    clockSkewSeconds: input.clockSkewSeconds ?? (remote ? 300 : 5),
    fixturesDir: input.fixturesDir || undefined,
    recordDir: input.recordDir || undefined,
    control: input.control || undefined,
    live: input.live,
  };
}

/**
 * Whether every vitest worker of the run starts an emulator of its own
 * (harness/embedded-emulator.ts): a run that names no endpoint and records nothing. Such
 * workers share no connections and no quota.
 */
export const ownsEmulators = (config: TargetConfig): boolean =>
  config.kind === 'emulator' && !config.endpoint && !config.recordDir;
