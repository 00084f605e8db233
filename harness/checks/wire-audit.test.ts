import { describe, expect, it } from 'vitest';
import type { Exchange } from '../exchange-log.js';
import { auditExchanges, auditSummary } from './wire-audit.js';

const HEADERS = { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'r-1' };

function exchange(
  operation: string,
  status: number,
  body: unknown,
  headers: Record<string, string> = HEADERS,
): Exchange {
  return {
    operation,
    request: { headers: {}, body: '{"MaxResults":1}' },
    response: {
      status,
      headers,
      body: typeof body === 'string' ? body : JSON.stringify(body),
    },
    sentAt: 0,
    receivedAt: 0,
  };
}

const NOT_FOUND = {
  __type: 'com.amazonaws.apprunner#ResourceNotFoundException',
  Message: 'no such connection',
};
const ids = (exchanges: Exchange[]) => auditExchanges(exchanges).map((v) => v.requirement);

describe('the wire audit', () => {
  it('finds nothing wrong with conformant answers, namespaced or bare', () => {
    expect(
      ids([
        exchange('ListConnections', 200, { ConnectionSummaryList: [] }),
        exchange('TagResource', 200, {}),
        exchange('DeleteConnection', 400, NOT_FOUND),
        exchange('CreateConnection', 400, { __type: 'InvalidRequestException', Message: '' }),
        exchange('CreateConnection', 402, {
          __type: 'ServiceQuotaExceededException',
          Message: 'quota',
        }),
        exchange('CreateConnection', 400, {
          __type: 'ServiceQuotaExceededException',
          Message: 'quota',
        }),
        // A protocol error: only its headers and __type are the audit's business.
        exchange('ListConnections', 400, { __type: 'SerializationException' }),
      ]),
    ).toEqual([]);
  });

  it('judges every answer: one bad page among good ones is found', () => {
    const page = exchange(
      'ListConnections',
      200,
      { ConnectionSummaryList: [], NextToken: 't' },
      {
        ...HEADERS,
        'content-type': 'application/json',
      },
    );
    const good = exchange('ListConnections', 200, { ConnectionSummaryList: [] });
    const found = auditExchanges([good, page, good]);
    expect(found.map((v) => v.requirement)).toEqual(['WIRE-CONTENT-TYPE']);
    expect(found[0]?.exchange).toBe(page);
    // The failure names the exchange: operation, request and status.
    expect(found[0]?.detail).toContain('ListConnections {"MaxResults":1} -> HTTP 200');
  });

  it('finds an error named only in X-Amzn-ErrorType', () => {
    const e = exchange(
      'CreateConnection',
      400,
      { Message: 'taken' },
      { ...HEADERS, 'x-amzn-errortype': 'InvalidRequestException' },
    );
    expect(ids([e])).toEqual(['WIRE-ERROR-TYPE-BODY']);
  });

  it('finds a __type that disagrees with the header', () => {
    const e = exchange('DeleteConnection', 400, NOT_FOUND, {
      ...HEADERS,
      'x-amzn-errortype': 'InvalidRequestException',
    });
    expect(ids([e])).toEqual(['WIRE-ERROR-TYPE-BODY']);
  });

  it('finds a modeled error with the wrong status or without Message', () => {
    expect(ids([exchange('DeleteConnection', 404, NOT_FOUND)])).toEqual(['WIRE-ERROR-STATUS']);
    expect(
      ids([exchange('CreateConnection', 402, { __type: 'ServiceQuotaExceededException' })]),
    ).toEqual(['WIRE-ERROR-MESSAGE']);
  });

  it('finds a missing request id, a non-200 success and a body that is not an object', () => {
    expect(
      ids([
        exchange('DeleteConnection', 400, NOT_FOUND, { 'content-type': HEADERS['content-type'] }),
      ]),
    ).toEqual(['WIRE-REQUEST-ID']);
    expect(ids([exchange('CreateConnection', 201, { Connection: {} })])).toEqual([
      'WIRE-SUCCESS-200',
    ]);
    expect(ids([exchange('UntagResource', 200, '')])).toEqual(['WIRE-EMPTY-OUTPUT']);
    expect(ids([exchange('ListConnections', 200, '[]')])).toEqual(['WIRE-SUCCESS-200']);
  });

  it('leaves out answers a client retries', () => {
    const throttled = exchange('ListConnections', 400, { __type: 'ThrottlingException' }, {});
    expect(ids([throttled])).toEqual([]);
  });

  it('counts every violation and keeps the first few of each requirement', () => {
    const bad = exchange('ListConnections', 200, { ConnectionSummaryList: [] }, {});
    const summary = auditSummary(Array.from({ length: 5 }, () => bad));
    expect(summary.exchanges).toBe(5);
    expect(summary.counts).toEqual({ 'WIRE-CONTENT-TYPE': 5, 'WIRE-REQUEST-ID': 5 });
    expect(summary.violations).toHaveLength(6);
  });
});
