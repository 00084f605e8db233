// Options of one emulator instance and their defaults. Checked once at start so that a bad flag
// or option fails loudly instead of producing ARNs or quotas that break the contract later.
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';
import { DEVIATION_NAMES } from './deviations/index.js';
import { VARIANT_NAMES } from './variants/index.js';
import { checkFault, FaultSpecError, type FaultSpec } from './control/faults.js';

/** How an emulator starts; every member is optional (see {@link DEFAULTS}). */
export interface EmulatorOptions {
  /** TCP port on 127.0.0.1; 0 (the default) picks a free one. */
  port?: number;
  /** Account id in every ARN: 12 digits, as the ARN pattern demands. Default PLACEHOLDER_ACCOUNT. */
  accountId?: string;
  /** Region used when a request carries no SigV4 credential scope. Default 'us-east-1'. */
  defaultRegion?: string;
  /** Live connections allowed per account and Region. Default 10, App Runner's default quota. */
  connectionQuota?: number;
  /** Name of one deviation (deviations/index.ts) that breaks one requirement on purpose. */
  deviation?: string;
  /** Names of allowed-freedom variants (variants/index.ts), applied in order. */
  variants?: string[];
  /**
   * How long request headers may take to arrive, and then the body, before the request is
   * answered 408. Default 10 s.
   */
  bodyTimeoutMs?: number;
  /** Largest request body accepted. Default 1 MiB. */
  maxBodyBytes?: number;
  /** Tags one connection may have. Default 50 (App Runner's own limit is unknown). */
  maxTagsPerConnection?: number;
  /** Live connections in all Regions together. Default 100,000. */
  maxConnections?: number;
  /** Tags of all connections together. Default 100,000. */
  maxTags?: number;
  /** Regions that may hold connections. Default 64. */
  maxRegions?: number;
  /** Open client sockets; a socket past the cap is closed at once. Default 1,024. */
  maxSockets?: number;
  /** How long a socket may stay open without a request in progress. Default 5 s. */
  idleTimeoutMs?: number;
  /**
   * Live connections every Region starts with (named existing-<n>-<id>, counted in the quota), as
   * in an account already in use. Default 0.
   */
  preexistingConnections?: number;
  /**
   * Serve the control interface under /_emulator/ (handshakes, faults, reset; README,
   * "Controlling the emulator"). Default true.
   */
  control?: boolean;
  /**
   * Every new connection's handshake completes (AVAILABLE) or fails (ERROR) by itself, `afterMs`
   * (default 0) after CreateConnection answered, as if its owner acted in the console: for
   * applications run against the emulator that wait for a connection and cannot call the
   * control interface. Default: connections stay PENDING_HANDSHAKE.
   */
  autoHandshake?: AutoHandshake;
  /** Faults scheduled from the start, as the control interface takes them (control/faults.ts). Default none. */
  faults?: FaultSpec[];
}

/** What {@link EmulatorOptions.autoHandshake} does to every new connection. */
export interface AutoHandshake {
  /** The status the handshake leaves. */
  status: 'AVAILABLE' | 'ERROR';
  /** Milliseconds after CreateConnection answered. Default 0. */
  afterMs?: number;
}

/** Options with every default filled in, as {@link resolveOptions} returns them. */
export type EmulatorSettings = Required<
  Omit<EmulatorOptions, 'deviation' | 'faults' | 'autoHandshake'>
> & {
  faults: readonly FaultSpec[];
  autoHandshake: Required<AutoHandshake> | undefined;
  deviation: string | undefined;
};

/** A mistake in the options (or the command-line flags that feed them). */
export class EmulatorOptionsError extends Error {}

/** What an option left out means: a free port, account 000000000000, us-east-1, quota 10. */
export const DEFAULTS = {
  port: 0,
  accountId: PLACEHOLDER_ACCOUNT,
  defaultRegion: 'us-east-1',
  connectionQuota: 10,
  bodyTimeoutMs: 10_000,
  maxBodyBytes: 1024 * 1024,
  maxTagsPerConnection: 50,
  maxConnections: 100_000,
  maxTags: 100_000,
  maxRegions: 64,
  maxSockets: 1024,
  idleTimeoutMs: 5_000,
  preexistingConnections: 0,
  control: true,
} as const;

// Region names as SigV4 scopes carry them; also keeps the ARN's region segment valid.
export const REGION_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

// Longest delay setTimeout (and node:http's timeouts) take: a longer one fires at once instead.
export const MAX_TIMER_MS = 2 ** 31 - 1;

function integer(name: string, value: number, min: number, max: number): number {
  if (!Number.isSafeInteger(value) || value < min || value > max) {
    throw new EmulatorOptionsError(
      `${name} must be an integer from ${min} to ${max}, got ${value}`,
    );
  }
  return value;
}

function known(kind: string, name: string, names: readonly string[]): string {
  if (!names.includes(name)) {
    throw new EmulatorOptionsError(`unknown ${kind} "${name}"; known: ${names.join(', ')}`);
  }
  return name;
}

/**
 * Checks `options` and fills in the defaults.
 *
 * @throws {@link EmulatorOptionsError} naming the first option that is out of range, or a
 *   deviation or variant that does not exist.
 */
export function resolveOptions(options: EmulatorOptions = {}): EmulatorSettings {
  const accountId = options.accountId ?? DEFAULTS.accountId;
  if (!/^[0-9]{12}$/.test(accountId)) {
    throw new EmulatorOptionsError(`account id must be 12 digits, got "${accountId}"`);
  }
  const defaultRegion = options.defaultRegion ?? DEFAULTS.defaultRegion;
  if (!REGION_PATTERN.test(defaultRegion)) {
    throw new EmulatorOptionsError(`region must look like us-east-1, got "${defaultRegion}"`);
  }
  const max = Number.MAX_SAFE_INTEGER;
  return {
    port: integer('port', options.port ?? DEFAULTS.port, 0, 65535),
    accountId,
    defaultRegion,
    connectionQuota: integer('quota', options.connectionQuota ?? DEFAULTS.connectionQuota, 0, max),
    bodyTimeoutMs: integer(
      'body timeout',
      options.bodyTimeoutMs ?? DEFAULTS.bodyTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
    maxBodyBytes: integer('max body bytes', options.maxBodyBytes ?? DEFAULTS.maxBodyBytes, 1, max),
    maxTagsPerConnection: integer(
      'max tags per connection',
      options.maxTagsPerConnection ?? DEFAULTS.maxTagsPerConnection,
      0,
      max,
    ),
    maxConnections: integer(
      'max connections',
      options.maxConnections ?? DEFAULTS.maxConnections,
      0,
      max,
    ),
    maxTags: integer('max tags', options.maxTags ?? DEFAULTS.maxTags, 0, max),
    maxRegions: integer('max regions', options.maxRegions ?? DEFAULTS.maxRegions, 1, max),
    maxSockets: integer('max sockets', options.maxSockets ?? DEFAULTS.maxSockets, 1, max),
    idleTimeoutMs: integer(
      'idle timeout',
      options.idleTimeoutMs ?? DEFAULTS.idleTimeoutMs,
      1,
      MAX_TIMER_MS,
    ),
    preexistingConnections: integer(
      'preexisting connections',
      options.preexistingConnections ?? DEFAULTS.preexistingConnections,
      0,
      100_000,
    ),
    deviation:
      options.deviation === undefined
        ? undefined
        : known('deviation', options.deviation, DEVIATION_NAMES),
    variants: (options.variants ?? []).map((v) => known('variant', v, VARIANT_NAMES)),
    control: options.control ?? DEFAULTS.control,
    faults: (options.faults ?? []).map(checkedFault),
    autoHandshake: checkedAutoHandshake(options.autoHandshake),
  };
}

function checkedAutoHandshake(
  auto: AutoHandshake | undefined,
): Required<AutoHandshake> | undefined {
  if (auto === undefined) return undefined;
  if (auto.status !== 'AVAILABLE' && auto.status !== 'ERROR')
    throw new EmulatorOptionsError(
      `auto handshake status must be AVAILABLE or ERROR, got "${String(auto.status)}"`,
    );
  return {
    status: auto.status,
    afterMs: integer('auto handshake delay', auto.afterMs ?? 0, 0, MAX_TIMER_MS),
  };
}

function checkedFault(spec: unknown): FaultSpec {
  try {
    return checkFault(spec);
  } catch (error) {
    if (error instanceof FaultSpecError) throw new EmulatorOptionsError(error.message);
    throw error;
  }
}
