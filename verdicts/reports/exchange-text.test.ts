import { describe, expect, test } from 'vitest';
import { sampleReport } from '../../test-support/sample-report.js';
import type { Exchange } from '../../harness/exchange-log.js';
import {
  clipBody,
  failureText,
  firstLine,
  MAX_BODY,
  receivedText,
  sentText,
} from './exchange-text.js';

const failed = sampleReport().checks.find((c) => c.state === 'fail')!;
const exchange = failed.exchanges![1]!;

describe('exchange text', () => {
  test('what was sent: operation, time, kept headers, body', () => {
    expect(sentText(exchange).split('\n')).toEqual([
      'sent CreateConnection at 2025-06-01T12:00:01.020Z',
      '  content-type: application/x-amz-json-1.0',
      '  x-amz-target: AppRunner.CreateConnection',
      '  {"ConnectionName":"cc-r7f3k2","ProviderType":"GITHUB"}',
    ]);
  });

  test('what came back: status, latency, headers, body', () => {
    const lines = receivedText(exchange).split('\n');
    expect(lines.slice(0, 2)).toEqual([
      'received HTTP 500 after 11 ms',
      '  content-type: text/html',
    ]);
    expect(lines[2]).toMatch(/^ {2}<html><body>internal error/);
  });

  test('a time no Date can hold is shown, not thrown on', () => {
    expect(sentText({ ...exchange, sentAt: 1e20 })).toMatch(
      /^sent CreateConnection at 100000000000000000000$/m,
    );
  });

  test('a failure reads error, then exchanges, then replay', () => {
    const text = failureText(failed);
    const at = (s: string) => text.indexOf(s);
    expect(at(failed.error!)).toBe(0);
    expect(at('last 2 exchange(s):')).toBeGreaterThan(at(failed.error!));
    expect(at(`replay: ${failed.replay}`)).toBeGreaterThan(at('received HTTP 500'));
  });

  test('firstLine skips blank lines', () => {
    expect(firstLine('\n  \nboom\nat x')).toBe('boom');
    expect(firstLine(undefined)).toBe('');
  });
});

describe('clipBody', () => {
  test('keeps a body up to the limit whole', () => {
    const body = 'x'.repeat(MAX_BODY);
    expect(clipBody(body)).toBe(body);
  });

  test('cuts a longer body by code points and says how much is left out', () => {
    const body = '\u{1f600}'.repeat(MAX_BODY + 5); // twice as many UTF-16 units
    const clipped = clipBody(body);
    expect(clipped).toBe(`${'\u{1f600}'.repeat(MAX_BODY)}… (5 more characters in report.json)`);
    expect(clipped).not.toMatch(/[\ud800-\udfff]/u); // no lone surrogate: no pair was split
  });

  test('a huge response body is cut in the received text', () => {
    const big: Exchange = {
      ...exchange,
      response: { ...exchange.response, body: 'y'.repeat(1_000_000) },
    };
    expect(receivedText(big).length).toBeLessThan(MAX_BODY + 200);
  });
});
