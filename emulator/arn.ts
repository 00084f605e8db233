// Connection ARNs: arn:<partition>:apprunner:<region>:<account>:connection/<name>/<id>, as the
// service authorization reference documents, with a fresh id for every connection.
import { randomBytes } from 'node:crypto';

export interface ArnParts {
  region: string;
  accountId: string;
  name: string;
  id: string;
}

/** The partition a Region belongs to (only the Region prefixes AWS publishes differ from aws). */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

export function connectionArn(p: ArnParts): string {
  return `arn:${partitionOf(p.region)}:apprunner:${p.region}:${p.accountId}:connection/${p.name}/${p.id}`;
}

// Random bytes are drawn in batches: one randomBytes call per id costs more than the rest of
// CreateConnection's own work.
const ID_BYTES = 16;
let pool = Buffer.alloc(0);
let offset = 0;

/** 32 lower-case hex characters, the form of the ids in App Runner's published examples. */
export function newConnectionId(): string {
  if (offset + ID_BYTES > pool.length) {
    pool = randomBytes(ID_BYTES * 256);
    offset = 0;
  }
  offset += ID_BYTES;
  return pool.toString('hex', offset - ID_BYTES, offset);
}
