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

test('an intent is settled by any later event naming it, and reopened by a later intent', () => {
  const events = [
    { event: 'intent', runId: 'r', name: 'refused', at },
    { event: 'returned', runId: 'r', name: 'refused', at },
    { event: 'intent', runId: 'r', name: 'swept', at },
    { event: 'deleted', runId: 'r', name: 'swept', arn: 'arn-s', at },
    { event: 'intent', runId: 'r', name: 'reused', at },
    { event: 'created', runId: 'r', name: 'reused', arn: 'arn-r', at },
    { event: 'deleted', runId: 'r', arn: 'arn-r', at },
    { event: 'intent', runId: 'r', name: 'reused', at },
  ] as const;
  expect(outstanding(events, 'r')).toEqual({ arns: [], names: ['reused'] });
});
