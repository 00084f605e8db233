import { HttpRequest, HttpResponse } from '@smithy/core/transport';
import { describe, expect, it } from 'vitest';
import { ExchangeLog, LoggingHttpHandler } from './exchange-log.js';
import { overHttp } from './transport-choice.js';

describe('the transport of a test file', () => {
  it('is HTTP for the files about HTTP itself, on any platform', () => {
    expect(overHttp('/work/project/suites/wire/headers.suite.ts')).toBe(true);
    expect(overHttp('suites/wire/malformed.suite.ts')).toBe(true);
    expect(overHttp('C:\\project\\suites\\wire\\errors.suite.ts')).toBe(true);
  });

  it('is in process for the others', () => {
    expect(overHttp('/work/project/suites/tagging/tag-resource.suite.ts')).toBe(false);
    expect(overHttp('/work/project/suites/lifecycle/model-based.serial.suite.ts')).toBe(false);
    // Only a folder named wire counts, not a file or folder that merely contains the word.
    expect(overHttp('/work/project/suites/wireless/x.suite.ts')).toBe(false);
    expect(overHttp('/work/project/suites/tagging/wire.suite.ts')).toBe(false);
  });
});

describe('a logging handler with an in-process transport', () => {
  it('answers from it, without a socket, and logs the exchange as over HTTP', async () => {
    const log = new ExchangeLog();
    const handler = new LoggingHttpHandler(log);
    const seen: string[] = [];
    handler.inProcess = {
      handle: (request) => {
        seen.push(String(request.body));
        return Promise.resolve({
          response: new HttpResponse({
            statusCode: 200,
            headers: { 'content-type': 'application/x-amz-json-1.0', 'x-amzn-requestid': 'r1' },
            body: new TextEncoder().encode('{"ConnectionSummaryList":[]}'),
          }),
        });
      },
    };
    // Port 9 (discard) on a host that does not exist: any socket would fail the call.
    const request = new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: 'in-process.invalid',
      port: 9,
      path: '/',
      headers: { 'x-amz-target': 'AppRunner.ListConnections', authorization: 'secret' },
      body: '{}',
    });
    const { response } = await handler.handle(request);
    expect(response.statusCode).toBe(200);
    expect(seen).toEqual(['{}']);
    expect(log.entries).toHaveLength(1);
    expect(log.entries[0]).toMatchObject({
      operation: 'ListConnections',
      request: { headers: { 'x-amz-target': 'AppRunner.ListConnections' }, body: '{}' },
      response: { status: 200, body: '{"ConnectionSummaryList":[]}' },
    });
  });
});
