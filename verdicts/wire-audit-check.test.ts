import { expect, test } from 'vitest';
import { auditSummary } from '../harness/checks/wire-audit.js';
import type { Exchange } from '../harness/exchange-log.js';
import { brokenBy } from './aggregate.js';
import { auditCheck } from './wire-audit-check.js';

const answer = (headers: Record<string, string>): Exchange => ({
  operation: 'ListConnections',
  request: { headers: {}, body: '{}' },
  response: { status: 200, headers, body: '{"ConnectionSummaryList":[]}' },
  sentAt: 0,
  receivedAt: 0,
});
const good = answer({ 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'r' });

test("a file's clean audit is a passing check citing every audited requirement", () => {
  const c = auditCheck('suites/a.suite.ts', auditSummary([good]), 'replay');
  expect(c.state).toBe('pass');
  expect(c.requirements).toContain('WIRE-CONTENT-TYPE');
  expect(brokenBy(c)).toEqual([]);
});

test('a violation fails only the requirement it breaks, and names the exchange', () => {
  const bad = answer({ 'content-type': 'application/json', 'x-amzn-requestid': 'r' });
  const c = auditCheck('suites/a.suite.ts', auditSummary([good, bad]), 'replay');
  expect(c.state).toBe('fail');
  expect(brokenBy(c)).toEqual(['WIRE-CONTENT-TYPE']);
  expect(c.error).toContain('1 of 2 exchanges');
  expect(c.error).toContain('ListConnections {} -> HTTP 200: Content-Type application/json');
  expect(c.exchanges).toEqual([bad]);
  expect(c.replay).toBe('replay');
});
