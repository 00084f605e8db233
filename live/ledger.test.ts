import { appendFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { appendLedger, outstanding, readLedger } from './ledger.js';

const at = '2026-01-01T00:00:00.000Z';

test('created and not deleted is outstanding; intents without an ARN are kept by name', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'l.jsonl');
  appendLedger(path, { event: 'intent', runId: 'r1', name: 'a', at });
  appendLedger(path, { event: 'created', runId: 'r1', name: 'a', arn: 'arn-a', at });
  appendLedger(path, { event: 'intent', runId: 'r1', name: 'b', at });
  appendLedger(path, { event: 'created', runId: 'r1', name: 'b', arn: 'arn-b', at });
  appendLedger(path, { event: 'deleted', runId: 'r1', arn: 'arn-b', at });
  appendLedger(path, { event: 'intent', runId: 'r1', name: 'c', at });
  appendLedger(path, { event: 'intent', runId: 'r2', name: 'd', at });
  expect(outstanding(readLedger(path), 'r1')).toEqual({ arns: ['arn-a'], names: ['c'] });
  expect(outstanding(readLedger(path))).toEqual({ arns: ['arn-a'], names: ['c', 'd'] });
});

test('a line cut short by a kill is skipped, not fatal', () => {
  const path = join(mkdtempSync(join(tmpdir(), 'ledger-')), 'l.jsonl');
  appendLedger(path, { event: 'created', runId: 'r', name: 'a', arn: 'arn-a', at });
  appendFileSync(path, '{"event":"created","runId":"r","na');
  expect(outstanding(readLedger(path))).toEqual({ arns: ['arn-a'], names: [] });
});
