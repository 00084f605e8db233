// ARNs for checks that need one the target does not know: the target's own partition, Region
// and account, a name this run never used and an id derived from it, so that only "unknown" is
// wrong with it (and a replayed run asks for the same ARN).
import { createHash } from 'node:crypto';
import { PLACEHOLDER_ACCOUNT } from '../../contract/index.js';
import { createConnection, deleteConnection } from './connections.js';
import { uniqueName } from './names.js';
import { expectedAccount, runContext } from '../run-context.js';

export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

async function account(): Promise<string> {
  const configured = runContext().config.account;
  if (configured) return configured;
  const c = await createConnection();
  await deleteConnection(c.ConnectionArn ?? '');
  const seen = c.ConnectionArn?.split(':')[4] ?? '';
  return expectedAccount(/^\d{12}$/.test(seen) ? seen : PLACEHOLDER_ACCOUNT);
}

export async function unknownConnectionArn(): Promise<string> {
  const { region } = runContext().config;
  const name = uniqueName();
  const id = createHash('sha256').update(name).digest('hex').slice(0, 32);
  return `arn:${partitionOf(region)}:apprunner:${region}:${await account()}:connection/${name}/${id}`;
}
