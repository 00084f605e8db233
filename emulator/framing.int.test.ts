// Requests outside the AWS JSON 1.0 framing (method, path, X-Amz-Target, Authorization) get an
// AWS-style 4xx error with __type, and the emulator keeps serving; the Content-Type is not checked.
import { afterEach, describe, expect, it } from 'vitest';
import { errorName, rawCall, type RawResponse } from '../test-support/emulator/raw-call.js';
import { parseResponse, socketExchange } from '../test-support/emulator/raw-socket.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const TARGET = { 'X-Amz-Target': 'AppRunner.ListConnections' };
const AUTH = {
  Authorization:
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/apprunner/aws4_request',
};

describe('requests outside the framing', () => {
  const emulator = useEmulator();

  function expectAwsError(response: RawResponse, status: number, name: string) {
    expect(response.status).toBe(status);
    expect(errorName(response)).toBe(name);
    expect(response.json?.Message).toEqual(expect.any(String));
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/\S/);
  }

  afterEach(async () => {
    expect((await rawCall(emulator().url, 'ListConnections', {})).status).toBe(200);
  });

  it('answers an unknown or missing X-Amz-Target with 400 UnknownOperationException', async () => {
    expectAwsError(
      await rawCall(emulator().url, 'AppRunner.CreateService', {}),
      400,
      'UnknownOperationException',
    );
    expectAwsError(
      await rawCall(emulator().url, '', {}, { headers: AUTH }),
      400,
      'UnknownOperationException',
    );
  });

  it('answers the wrong method with 405 and the wrong path with 404', async () => {
    const wrongMethod = await rawCall(
      emulator().url,
      'ListConnections',
      {},
      { method: 'GET', headers: { ...TARGET, ...AUTH } },
    );
    expectAwsError(wrongMethod, 405, 'UnknownOperationException');
    // RFC 9110 requires a 405 to list the methods the resource allows.
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expectAwsError(
      await rawCall(emulator().url, 'ListConnections', {}, { path: '/2020-05-15/connections' }),
      404,
      'UnknownOperationException',
    );
  });

  it('answers a missing Authorization header with 403 MissingAuthenticationTokenException', async () => {
    expectAwsError(
      await rawCall(emulator().url, 'ListConnections', {}, { headers: TARGET }),
      403,
      'MissingAuthenticationTokenException',
    );
  });

  // What App Runner does with another Content-Type is not documented, so the emulator reads every
  // body as AWS JSON 1.0 whatever the header says (README, "Malformed requests"). This pins that
  // leniency: making the emulator strict must be a deliberate change, made here too.
  it.each([
    ['application/x-amz-json-1.0'],
    ['application/x-amz-json-1.1'],
    ['application/json'],
    ['text/plain'],
  ])('reads the body as AWS JSON 1.0 whatever the Content-Type: %s', async (contentType) => {
    const headers = { ...TARGET, ...AUTH, 'Content-Type': contentType };
    const listed = await rawCall(emulator().url, 'ListConnections', {}, { headers });
    expect(listed.status).toBe(200);
    expect(listed.json).toEqual({ ConnectionSummaryList: [] });
    // The body is read, not skipped: a MaxResults out of range is still refused.
    const refused = await rawCall(
      emulator().url,
      'ListConnections',
      { MaxResults: 0 },
      { headers },
    );
    expectAwsError(refused, 400, 'InvalidRequestException');
  });

  it('reads the body as AWS JSON 1.0 without a Content-Type', async () => {
    // fetch adds a Content-Type to a string body, so this request goes over a bare socket.
    const body = '{"MaxResults": 0}';
    const head =
      'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n' +
      `X-Amz-Target: ${TARGET['X-Amz-Target']}\r\nAuthorization: ${AUTH.Authorization}\r\n`;
    const empty = await socketExchange(emulator().port, `${head}Content-Length: 0\r\n\r\n`);
    expect(parseResponse(empty.received)).toMatchObject({
      status: 200,
      body: { ConnectionSummaryList: [] },
    });
    const refused = await socketExchange(
      emulator().port,
      `${head}Content-Length: ${body.length}\r\n\r\n${body}`,
    );
    expect(parseResponse(refused.received)).toMatchObject({
      status: 400,
      body: { __type: expect.stringMatching(/#InvalidRequestException$/) as unknown },
    });
  });
});
