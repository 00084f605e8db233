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

  const result: SweepResult = { deleted: [], failed: [] };
  for (const c of await listAll(client)) {
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
          at: new Date().toISOString(),
        });
    } catch (e) {
      if ((e as Error).name === 'ResourceNotFoundException') continue;
      result.failed.push({ arn, error: `${(e as Error).name}: ${(e as Error).message}` });
    }
  }
  return result;
}
