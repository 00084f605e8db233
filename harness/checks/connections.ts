// Connections a test file creates, tracked so that every one is deleted by the end of the file,
// also when checks fail. Every create goes through sendCreate: in a live run it tags the
// connection with the run id and records it in the run's ledger (live/), before and after.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  ListConnectionsCommand,
  type ConnectionSummary,
  type CreateConnectionCommandInput,
  type CreateConnectionCommandOutput,
  type Connection,
} from '@aws-sdk/client-apprunner';
import { appendLedger } from '../../live/ledger.js';
import { trackingTags } from '../../live/run-identity.js';
import { requireNotStopped } from '../../live/stop.js';
import { failureOf } from './errors.js';
import { rawOperation } from './raw.js';
import type { RawResponse } from '../raw-call.js';
import { uniqueName } from './names.js';
import { acquireCreateLease } from '../create-lease.js';
import { runContext } from '../run-context.js';
import { forEachAtMost } from '../../common/at-most.js';

const created = new Set<string>();

/** Connections a test file holds at once unless it says otherwise (reserveConnections). */
const DEFAULT_RESERVATION = 2;
let reservation = DEFAULT_RESERVATION;

/** What a file asks the broker for when it wants the account to itself. */
let askedFor: number | undefined;

/**
 * How many connections this test file holds at once, at the most (called at its top): what it
 * asks for before its first create, where files share an account (harness/create-lease.ts). A
 * file that would hold more fails, so that the number stays true: holding more than it asked for
 * could push a file running beside it over the quota. 'account' asks for the whole quota, so
 * that no other file creates or deletes while this one runs (a listing that pages through the
 * account, the quota itself), and sets no limit of its own.
 */
export function reserveConnections(count: number | 'account'): void {
  if (count === 'account') {
    reservation = Number.POSITIVE_INFINITY;
    askedFor = runContext().config.connectionQuota;
  } else {
    reservation = count;
    askedFor = undefined;
  }
}

/** After a file, for the next one the worker runs. */
export function resetReservation(): void {
  reservation = DEFAULT_RESERVATION;
  askedFor = undefined;
}

/**
 * Waits for the file's share of the quota (before its first test: harness/file-setup.ts), so
 * that the wait counts against no test's time. A file that reserved none creates nothing.
 */
export async function awaitReservation(): Promise<void> {
  const count = askedFor ?? reservation;
  if (count > 0) await acquireCreateLease(runContext().run.createLease, count);
}

/**
 * Holds the file to its reservation, once a create succeeded, where files share an account: only
 * there could holding more push a file beside it over the quota. (Against an emulator of the
 * worker's own, a deviation that keeps connections a check meant to replace would otherwise fail
 * checks that have nothing to do with it.) The runs against an endpoint in the tests keep the
 * declarations true.
 */
function checkReservation(): void {
  if (runContext().run.createLease !== undefined && created.size > reservation)
    throw new Error(
      `this test file holds ${created.size} connections, more than the ${reservation} it reserved: raise reserveConnections() at its top`,
    );
}

/** The name of each tracked connection, by ARN, and the names this file's deletes freed. */
const namesByArn = new Map<string, string>();
const freed = new Set<string>();
const now = (): string => new Date().toISOString();

/** A create request as a live run sends it: the run's tracking tags added to the caller's. */
export function withTracking<T>(body: T): T {
  const live = runContext().config.live;
  if (!live || typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const tags = (body as { Tags?: unknown }).Tags;
  if (tags !== undefined && !Array.isArray(tags)) return body;
  return {
    ...body,
    Tags: [...((tags as unknown[] | undefined) ?? []), ...trackingTags(live.runId)],
  };
}

/** Before a create: the ledger learns the name, so a kill during the call loses nothing. */
export function recordIntent(name: unknown): void {
  const live = runContext().config.live;
  if (!live) return;
  // A stopped run sends no more creates: this runs before every one.
  requireNotStopped(live);
  if (typeof name === 'string')
    appendLedger(live.ledger, { event: 'intent', runId: live.runId, name, at: now() });
}

/** After a create the service answered (with anything): its outcome is known and recorded. */
export function recordReturned(name: unknown): void {
  const live = runContext().config.live;
  if (live && typeof name === 'string')
    appendLedger(live.ledger, { event: 'returned', runId: live.runId, name, at: now() });
}

/** Tracks a connection created by any means; a live run's ledger records it. */
export function track(arn: string | undefined, name?: string): void {
  if (!arn) return;
  created.add(arn);
  if (name !== undefined) namesByArn.set(arn, name);
  const live = runContext().config.live;
  if (live)
    appendLedger(live.ledger, {
      event: 'created',
      runId: live.runId,
      name: name ?? '',
      arn,
      at: now(),
    });
}

/** CreateConnection through the SDK, tracked. */
export async function sendCreate(
  input: CreateConnectionCommandInput,
): Promise<CreateConnectionCommandOutput> {
  await awaitReservation();
  recordIntent(input.ConnectionName);
  try {
    const out = await runContext().client.send(new CreateConnectionCommand(withTracking(input)));
    track(out.Connection?.ConnectionArn, input.ConnectionName);
    checkReservation();
    return out;
  } catch (e) {
    // An error answer settles the call; a failure with no answer (a timeout, an abort) does not.
    if ((e as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode)
      recordReturned(input.ConnectionName);
    throw e;
  }
}

/**
 * CreateConnection with a body the SDK could not send, tracked like sendCreate: the run's tags
 * added (when the body is an object with a Tags list or none), the intent recorded, and any
 * connection the answer names kept for cleanup, even one the target should have refused. A body
 * that must be refused (`expectRefused`) is sent without waiting for the create lease: it creates
 * nothing on a target that conforms, and on one that does not the run fails anyway.
 */
export async function rawCreate(
  body: unknown,
  { expectRefused = false }: { expectRefused?: boolean } = {},
): Promise<RawResponse> {
  const name = (body as { ConnectionName?: unknown } | null)?.ConnectionName;
  if (!expectRefused) await awaitReservation();
  recordIntent(name);
  const res = await rawOperation('CreateConnection', withTracking(body));
  const answered = (res.json as { Connection?: { ConnectionArn?: unknown } } | undefined)
    ?.Connection?.ConnectionArn;
  if (res.status < 300 && typeof answered === 'string') track(answered, String(name));
  recordReturned(name);
  // A body that must be refused and was not is that check's failure, not the reservation's: the
  // check deletes the connection at once.
  if (!expectRefused) checkReservation();
  return res;
}

/** Creates a connection (a fresh name and GITHUB unless given) and tracks it for cleanup. */
export async function createConnection(
  input: Partial<CreateConnectionCommandInput> = {},
): Promise<Connection> {
  const out = await sendCreate({ ConnectionName: uniqueName(), ProviderType: 'GITHUB', ...input });
  if (!out.Connection) throw new Error('CreateConnection answered no Connection');
  return out.Connection;
}

/** Whether a connection of this name was created and then deleted by this test file. */
export const wasFreed = (name: string): boolean => freed.has(name);

/** Whether this test file holds a connection of this name now. */
export const exists = (name: string): boolean => [...namesByArn.values()].includes(name);

function forget(arn: string): void {
  created.delete(arn);
  const name = namesByArn.get(arn);
  if (name !== undefined) freed.add(name);
  namesByArn.delete(arn);
  const live = runContext().config.live;
  if (live) appendLedger(live.ledger, { event: 'deleted', runId: live.runId, arn, at: now() });
}

export async function deleteConnection(arn: string): Promise<Connection | undefined> {
  const out = await runContext().client.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
  forget(arn);
  return out.Connection;
}

/**
 * Deletes every connection the file tracked; ones already gone are fine. One the target will not
 * delete (say, an invalid name it wrongly accepted, whose ARN it then refuses) is not tried again
 * by the next file in this worker, which would make that file's requests depend on file order: a
 * live run's ledger still names it, and the run's own cleanup and the sweep delete it.
 */
export async function cleanupConnections(): Promise<void> {
  const { client } = runContext();
  const tracked = [...created];
  created.clear();
  await forEachAtMost(tracked, runContext().run.concurrency, async (arn) => {
    const failure = await failureOf(
      client.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
    );
    if (!failure || failure.name === 'ResourceNotFoundException') forget(arn);
    else namesByArn.delete(arn);
  });
}

/** Every connection the target lists, following NextToken. */
export async function listAll(
  params: { ConnectionName?: string; MaxResults?: number } = {},
): Promise<ConnectionSummary[][]> {
  const { client } = runContext();
  const pages: ConnectionSummary[][] = [];
  let NextToken: string | undefined;
  do {
    const out = await client.send(new ListConnectionsCommand({ ...params, NextToken }));
    pages.push(out.ConnectionSummaryList ?? []);
    NextToken = out.NextToken;
    if (pages.length > 10_000) throw new Error('ListConnections did not stop paging');
  } while (NextToken);
  return pages;
}

/**
 * The connections the target holds against its quota: those it lists with a Status other than
 * DELETED (a target may list deleted ones for a while; they hold no quota).
 */
export async function liveCount(): Promise<number> {
  return (await listAll({})).flat().filter((c) => c.Status !== 'DELETED').length;
}
