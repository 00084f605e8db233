// What a conformance run is pointed at, read from the environment so that every vitest worker
// sees the same target as the process that started the run.
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

export const TARGET_ENV = {
  kind: 'CONFORMANCE_TARGET',
  endpoint: 'CONFORMANCE_ENDPOINT',
  region: 'CONFORMANCE_REGION',
  profile: 'CONFORMANCE_PROFILE',
  account: 'CONFORMANCE_ACCOUNT',
  connectionQuota: 'CONFORMANCE_CONNECTION_QUOTA',
  namePrefix: 'CONFORMANCE_NAME_PREFIX',
  maxAttempts: 'CONFORMANCE_MAX_ATTEMPTS',
  clockSkewSeconds: 'CONFORMANCE_CLOCK_SKEW_SECONDS',
  fixturesDir: 'CONFORMANCE_FIXTURES_DIR',
  recordDir: 'CONFORMANCE_RECORD_DIR',
  live: 'CONFORMANCE_LIVE',
} as const;

export function isLoopback(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host === '::1' || /^127(\.\d{1,3}){3}$/.test(host);
}

function int(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n < 0)
    throw new Error(`${name} must be a whole number, got "${raw}"`);
  return n;
}

const liveFrom = (raw: string | undefined): LiveSettings | undefined =>
  raw ? (JSON.parse(raw) as LiveSettings) : undefined;

export function targetConfigFromEnv(env: NodeJS.ProcessEnv = process.env): TargetConfig {
  const kind = (env[TARGET_ENV.kind] ?? 'emulator') as TargetKind;
  if (!['emulator', 'endpoint', 'fixtures'].includes(kind)) {
    throw new Error(`${TARGET_ENV.kind} must be emulator, endpoint or fixtures, got "${kind}"`);
  }
  const endpoint = env[TARGET_ENV.endpoint] || undefined;
  const remote = kind === 'endpoint' && endpoint !== undefined && !isLoopback(endpoint);
  return {
    kind,
    endpoint,
    region: env[TARGET_ENV.region] || env.AWS_REGION || env.AWS_DEFAULT_REGION || 'us-east-1',
    profile: env[TARGET_ENV.profile] || undefined,
    account: env[TARGET_ENV.account] || undefined,
    connectionQuota: int(env, TARGET_ENV.connectionQuota, 10),
    namePrefix: env[TARGET_ENV.namePrefix] || 'cf-',
    maxAttempts: int(env, TARGET_ENV.maxAttempts, remote ? 5 : 1),
    clockSkewSeconds: int(env, TARGET_ENV.clockSkewSeconds, remote ? 300 : 5),
    fixturesDir: env[TARGET_ENV.fixturesDir] || undefined,
    recordDir: env[TARGET_ENV.recordDir] || undefined,
    live: liveFrom(env[TARGET_ENV.live]),
  };
}

/**
 * Whether every vitest worker of the run starts an emulator of its own
 * (harness/embedded-emulator.ts): a run that names no endpoint and records nothing. Such
 * workers share no connections and no quota.
 */
export const ownsEmulators = (config: TargetConfig): boolean =>
  config.kind === 'emulator' && !config.endpoint && !config.recordDir;

/** The environment that makes targetConfigFromEnv return `config` (for child processes). */
export function targetConfigToEnv(config: TargetConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, name] of Object.entries(TARGET_ENV)) {
    const value = config[key as keyof TargetConfig];
    if (value !== undefined)
      out[name] = typeof value === 'object' ? JSON.stringify(value) : String(value);
  }
  return out;
}
