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
import { failureOf } from './errors.js';
import { rawOperation } from './raw.js';
import type { RawResponse } from '../raw-call.js';
import { uniqueName } from './names.js';
import { runContext } from '../run-context.js';

const created = new Set<string>();
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
  if (live && typeof name === 'string')
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
  recordIntent(input.ConnectionName);
  try {
    const out = await runContext().client.send(new CreateConnectionCommand(withTracking(input)));
    track(out.Connection?.ConnectionArn, input.ConnectionName);
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
 * connection the answer names kept for cleanup, even one the target should have refused.
 */
export async function rawCreate(body: unknown): Promise<RawResponse> {
  const name = (body as { ConnectionName?: unknown } | null)?.ConnectionName;
  recordIntent(name);
  const res = await rawOperation('CreateConnection', withTracking(body));
  const answered = (res.json as { Connection?: { ConnectionArn?: unknown } } | undefined)
    ?.Connection?.ConnectionArn;
  if (res.status < 300 && typeof answered === 'string') track(answered, String(name));
  recordReturned(name);
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
  for (const arn of tracked) {
    const failure = await failureOf(
      client.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
    );
    if (!failure || failure.name === 'ResourceNotFoundException') forget(arn);
    else namesByArn.delete(arn);
  }
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
