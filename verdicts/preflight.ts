// Before any check runs, and before anything is created: can the target be reached, does it
// answer like an AWS JSON 1.0 service, and does its quota leave the checks room? Each problem is
// a usage error (exit 2) with one line, not a cascade of conformance failures.
import {
  ListConnectionsCommand,
  type ListConnectionsCommandOutput,
} from '@aws-sdk/client-apprunner';
import { InputError } from '../common/input-error.js';
import { createClient } from '../harness/client.js';
import { answersAsControl } from '../harness/control-client.js';
import type { Exchange } from '../harness/exchange-log.js';
import type { TargetConfig } from '../harness/target-config.js';

const PREFLIGHT_TIMEOUT_MS = 10_000;

/**
 * Connections one test file holds at once (the pagination checks: four of their own, and a few
 * more when the account is empty); the checks that want more adapt to the room there is.
 */
export const ROOM_NEEDED = 4;

/** Pages read to count what exists: 100 connections each. */
const MAX_PAGES = 100;

/**
 * Listings timed to measure the target's round trip: the median of three leaves out the first,
 * which also opens the connection (and on a real service resolves and shakes hands).
 */
const ROUND_TRIPS = 3;

/** What preflight learned of the target. */
export interface PreflightResult {
  /**
   * Connections the account holds that count against its quota (not DELETED); undefined when the
   * target answered the listing with an error (the checks judge what it says).
   */
  live: number | undefined;
  /** The median time of one listing call, in milliseconds; undefined if none was answered. */
  roundTripMs: number | undefined;
}

const median = (values: readonly number[]): number | undefined =>
  values.length === 0
    ? undefined
    : [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Whether an answer is AWS JSON 1.0: a JSON object body, as a success or an error. */
function answersAwsJson(exchange: Exchange | undefined): boolean {
  if (!exchange) return false;
  const type = exchange.response.headers['content-type'] ?? '';
  if (!/json/i.test(type)) return false;
  try {
    const body: unknown = JSON.parse(exchange.response.body);
    return typeof body === 'object' && body !== null && !Array.isArray(body);
  } catch {
    return false;
  }
}

function describeAnswer(exchange: Exchange | undefined): string {
  if (!exchange) return 'no answer';
  const type = exchange.response.headers['content-type'] ?? 'no content-type';
  return `HTTP ${exchange.response.status}, ${type.split(';')[0]}`;
}

/**
 * Counts the connections the account holds and times a few listings (properties size their time
 * budgets from the round trip, harness/property-runs.ts).
 */
export async function preflight(target: TargetConfig): Promise<PreflightResult> {
  if (target.control !== undefined && !(await answersAsControl(target.control)))
    throw new InputError(
      `--control ${target.control} does not answer as a control interface (GET it should name itself); is it the emulator's ENDPOINT/_emulator?`,
    );
  const { client, log } = createClient({ ...target, maxAttempts: 1 });
  const where = target.endpoint ?? `the ${target.region} endpoint`;
  const roundTrips: number[] = [];
  const timed = async (MaxResults: number, NextToken?: string) => {
    const from = performance.now();
    try {
      return await client.send(new ListConnectionsCommand({ MaxResults, NextToken }), {
        abortSignal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS),
      });
    } finally {
      roundTrips.push(performance.now() - from);
    }
  };
  const list = (NextToken?: string): Promise<ListConnectionsCommandOutput> => timed(100, NextToken);
  try {
    let live = 0;
    let next: string | undefined;
    for (let page = 0; page < MAX_PAGES; page += 1) {
      const mark = log.mark();
      const out = await list(next).catch((e: unknown) => {
        const answered = log.since(mark).at(-1);
        if (answered && !answersAwsJson(answered)) throw notAwsJson(where, answered);
        throw e;
      });
      if (!answersAwsJson(log.since(mark).at(-1)) || !Array.isArray(out.ConnectionSummaryList))
        throw notAwsJson(where, log.since(mark).at(-1));
      live += out.ConnectionSummaryList.filter((c) => c.Status !== 'DELETED').length;
      next = out.NextToken;
      if (!next) break;
    }
    const room = target.connectionQuota - live;
    if (room < ROOM_NEEDED) {
      throw new InputError(
        `${where} holds ${live} connection(s) of a quota of ${target.connectionQuota}: room for ${Math.max(room, 0)}, and the checks need ${ROOM_NEEDED} at once; delete ${ROOM_NEEDED - room} or pass --connection-quota if the quota is larger`,
      );
    }
    // The count stands whatever these answer: they only time the target.
    while (roundTrips.length < ROUND_TRIPS) await timed(1).catch(() => undefined);
    return { live, roundTripMs: median(roundTrips) };
  } catch (e) {
    if (e instanceof InputError) throw e;
    const err = e as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
    // Any modeled answer from the service, even an error, means it is reachable; the checks judge
    // what it says.
    if (err.$metadata?.httpStatusCode !== undefined)
      return { live: undefined, roundTripMs: median(roundTrips) };
    if (err.name === 'CredentialsProviderError') {
      throw new InputError(
        `no AWS credentials for ${where}: set AWS_PROFILE, pass --profile, or export AWS_ACCESS_KEY_ID`,
      );
    }
    const why = err.code ?? err.name ?? 'no answer';
    throw new InputError(`cannot reach ${where} (${why}); is it running, and is the URL right?`);
  } finally {
    client.destroy();
  }
}

function notAwsJson(where: string, exchange: Exchange | undefined): InputError {
  return new InputError(
    `${where} does not answer like an AWS JSON 1.0 service (ListConnections got ${describeAnswer(exchange)}); is the URL that of an App Runner endpoint?`,
  );
}
