// Requests outside the AWS JSON 1.0 framing (method, path, X-Amz-Target, Authorization) get an
// AWS-style 4xx error with __type, and the emulator keeps serving.
import { afterEach, describe, expect, it } from 'vitest';
import { errorName, rawCall, type RawResponse } from './test-support/raw-call.js';
import { useEmulator } from './test-support/use-emulator.js';

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
    expectAwsError(
      await rawCall(
        emulator().url,
        'ListConnections',
        {},
        { method: 'GET', headers: { ...TARGET, ...AUTH } },
      ),
      405,
      'UnknownOperationException',
    );
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
});
