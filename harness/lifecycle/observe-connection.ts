// What the account shows of one connection after a command: its summary when listed by name,
// and its tags, both against the model.
import {
  ListConnectionsCommand,
  ListTagsForResourceCommand,
  type ConnectionSummary,
} from '@aws-sdk/client-apprunner';
import { require } from '../checks/errors.js';
import { runContext } from '../run-context.js';
import type { ModelConnection } from './model.js';
import { requireSameTags, type TagDifference } from './tag-diff.js';
import type { RequirementId } from '../../contract/index.js';

/**
 * How a summary differs from the model's connection, or undefined when it does not. A member the
 * summary lacks is CONN-CREATE-FIELDS's failure (summary-fields.suite.ts), not a difference.
 */
export function summaryMismatch(s: ConnectionSummary, c: ModelConnection): string | undefined {
  const created = s.CreatedAt instanceof Date ? s.CreatedAt.getTime() / 1000 : NaN;
  const wrong = [
    s.ConnectionName !== undefined &&
      s.ConnectionName !== c.name &&
      `ConnectionName ${s.ConnectionName}`,
    s.ConnectionArn !== undefined &&
      s.ConnectionArn !== c.arn &&
      `ConnectionArn ${s.ConnectionArn}`,
    s.ProviderType !== undefined &&
      s.ProviderType !== c.provider &&
      `ProviderType ${s.ProviderType}, created as ${c.provider}`,
    // Within a second: one answer may keep fractions the other drops.
    s.CreatedAt !== undefined &&
      !(Math.abs(created - c.createdAt) < 1) &&
      `CreatedAt ${String(s.CreatedAt?.valueOf())}, created at ${c.createdAt * 1000}`,
  ].filter((x): x is string => typeof x === 'string');
  return wrong.length === 0 ? undefined : `the summary of ${c.name} has ${wrong.join(', ')}`;
}

/** The connection, listed by its name, is there once and as the model says. */
export async function requireListed(c: ModelConnection, after: string): Promise<void> {
  const { client } = runContext();
  const out = await client.send(new ListConnectionsCommand({ ConnectionName: c.name }));
  const mine = (out.ConnectionSummaryList ?? []).filter((s) => s.ConnectionArn === c.arn);
  require(mine.length ===
    1, 'LIST-FILTER-NAME', `${after}, ${c.name} is listed ${mine.length} times by its name`);
  const mismatch = summaryMismatch(mine[0] ?? {}, c);
  require(mismatch === undefined, 'CONN-SUMMARY-MATCHES', `${after}: ${mismatch}`);
}

export async function requireTags(
  c: ModelConnection,
  after: string,
  blame?: (d: TagDifference) => RequirementId,
): Promise<void> {
  const { client } = runContext();
  const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: c.arn }));
  requireSameTags(out.Tags, c, after, blame);
}

/**
 * Both of the above at once: the two reads are independent, and a sequence makes one pair after
 * every create. If both fail, the listing's failure is the one reported, as when read in turn.
 */
export async function requireListedAndTagged(
  c: ModelConnection,
  after: string,
  blame: (d: TagDifference) => RequirementId,
): Promise<void> {
  const [listed, tagged] = await Promise.allSettled([
    requireListed(c, after),
    requireTags(c, after, blame),
  ]);
  if (listed.status === 'rejected') throw listed.reason;
  if (tagged.status === 'rejected') throw tagged.reason;
}
