// Deletes what live runs left behind. A connection is swept when the ledger says a run created
// it and never deleted it, or when its name carries a run prefix AND it is tagged with a run id:
// a name alone could be a person's, so it is never enough.
import {
  DeleteConnectionCommand,
  ListConnectionsCommand,
  ListTagsForResourceCommand,
  type AppRunnerClient,
  type ConnectionSummary,
} from '@aws-sdk/client-apprunner';
import { outstanding, readLedger, appendLedger } from './ledger.js';
import { LIVE_NAME_PATTERN, RUN_TAG_KEY } from './run-identity.js';

export interface SweepOptions {
  ledger?: string;
  /** Only this run's leftovers. */
  runId?: string;
  /**
   * Found by prefix and tag: only if created at least this long ago, so that a run still under
   * way elsewhere keeps its connections. The ledger's own entries go whatever their age.
   */
  olderThanMs?: number;
  now?: number;
}

export interface SweepResult {
  deleted: { name: string; arn: string; why: 'ledger' | 'prefix and tag' }[];
  failed: { arn: string; error: string }[];
  /**
   * Names the ledger says a create was sent for, with no known outcome, that the listing does
   * not show: never created, or created by a call still on its way to the service.
   */
  unresolved: string[];
}

async function listAll(client: AppRunnerClient): Promise<ConnectionSummary[]> {
  const all: ConnectionSummary[] = [];
  let NextToken: string | undefined;
  do {
    const out = await client.send(new ListConnectionsCommand({ NextToken }));
    all.push(...(out.ConnectionSummaryList ?? []));
    NextToken = out.NextToken;
  } while (NextToken);
  return all;
}

async function runTag(client: AppRunnerClient, arn: string): Promise<string | undefined> {
  const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
  return out.Tags?.find((t) => t.Key === RUN_TAG_KEY)?.Value;
}

export async function sweep(
  client: AppRunnerClient,
  options: SweepOptions = {},
): Promise<SweepResult> {
  const events = options.ledger ? readLedger(options.ledger) : [];
  const left = outstanding(events, options.runId);
  const ledgerArns = new Set(left.arns);
  const ledgerNames = new Set(left.names);
  const now = options.now ?? Date.now();
  const oldEnough = (c: ConnectionSummary): boolean =>
    options.olderThanMs === undefined ||
    (c.CreatedAt !== undefined && now - c.CreatedAt.getTime() >= options.olderThanMs);

  const result: SweepResult = { deleted: [], failed: [], unresolved: [] };
  const listed = await listAll(client);
  const listedNames = new Set(listed.map((c) => c.ConnectionName));
  result.unresolved = left.names.filter((n) => !listedNames.has(n));
  for (const c of listed) {
    const arn = c.ConnectionArn ?? '';
    const name = c.ConnectionName ?? '';
    if (!arn || c.Status === 'DELETED') continue;
    let why: SweepResult['deleted'][number]['why'] | undefined;
    if (ledgerArns.has(arn) || ledgerNames.has(name)) why = 'ledger';
    else if (LIVE_NAME_PATTERN.test(name) && oldEnough(c)) {
      const tag = await runTag(client, arn);
      if (tag !== undefined && (options.runId === undefined || tag === options.runId))
        why = 'prefix and tag';
    }
    if (!why) continue;
    try {
      await client.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
      result.deleted.push({ name, arn, why });
      if (options.ledger)
        appendLedger(options.ledger, {
          event: 'deleted',
          runId: options.runId ?? 'sweep',
          arn,
          name,
          at: new Date().toISOString(),
        });
    } catch (e) {
      if ((e as Error).name === 'ResourceNotFoundException') continue;
      result.failed.push({ arn, error: `${(e as Error).name}: ${(e as Error).message}` });
    }
  }
  return result;
}

export interface SettleOptions {
  /** How long to keep looking for connections whose create was in flight. */
  settleMs: number;
  /** The pause between two looks. */
  pollMs: number;
}

/**
 * A sweep that waits for calls in flight: a create sent just before a run was stopped can reach
 * the service after the first listing, so while the ledger holds creates of unknown outcome that
 * the listing does not show, it sweeps again, until they appear or `settleMs` has passed.
 */
export async function sweepUntilSettled(
  client: AppRunnerClient,
  options: SweepOptions,
  settle: SettleOptions,
): Promise<SweepResult> {
  const deadline = Date.now() + settle.settleMs;
  const total: SweepResult = { deleted: [], failed: [], unresolved: [] };
  for (;;) {
    const pass = await sweep(client, options);
    total.deleted.push(...pass.deleted);
    total.failed = pass.failed;
    total.unresolved = pass.unresolved;
    if (pass.unresolved.length === 0 || Date.now() + settle.pollMs > deadline) return total;
    await new Promise((r) => setTimeout(r, settle.pollMs));
  }
}
