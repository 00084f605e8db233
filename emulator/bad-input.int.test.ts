// Malformed requests get an AWS-style 4xx error with __type, never a 5xx, and the emulator keeps
// serving afterwards.
import { afterEach, describe, expect, it } from 'vitest';
import { errorName, rawCall, type RawResponse } from '../test-support/emulator/raw-call.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const TARGET = { 'X-Amz-Target': 'AppRunner.ListConnections' };
const AUTH = {
  Authorization:
    'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/apprunner/aws4_request',
};

describe('bad input', () => {
  const emulator = useEmulator({ bodyTimeoutMs: 300 });

  function expectAwsError(response: RawResponse, status: number, name: string) {
    expect(response.status).toBe(status);
    expect(errorName(response)).toBe(name);
    expect(response.json?.Message).toEqual(expect.any(String));
    expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
    expect(response.headers.get('x-amzn-requestid')).toMatch(/\S/);
  }

  afterEach(async () => {
    const alive = await rawCall(emulator().url, 'ListConnections', {});
    expect(alive.status).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"ConnectionName": '],
    ['a JSON array', '[]'],
    ['a JSON string', '"abc"'],
    ['JSON null', 'null'],
    ['a number', '42'],
  ])('answers %s as a body with 400 SerializationException', async (_label, body) => {
    expectAwsError(
      await rawCall(emulator().url, 'CreateConnection', body),
      400,
      'SerializationException',
    );
  });

  it('answers a body that is not UTF-8 with 400 SerializationException', async () => {
    const response = await fetch(`${emulator().url}/`, {
      method: 'POST',
      headers: { ...TARGET, ...AUTH },
      body: Buffer.from([0x7b, 0xff, 0xfe, 0x7d]),
    });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { __type: string }).__type).toMatch(
      /SerializationException$/,
    );
  });

  it.each([
    ['a number for a string', { ConnectionName: 5, ProviderType: 'GITHUB' }, /\/ConnectionName/],
    [
      'a string for a list',
      { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: 'x' },
      /\/Tags/,
    ],
    [
      'an object for a tag key',
      { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: [{ Key: {} }] },
      /\/Tags\/0\/Key/,
    ],
    ['null for a member', { ConnectionName: null, ProviderType: 'GITHUB' }, /\/ConnectionName/],
    [
      'null in a list',
      { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: [null] },
      /\/Tags\/0/,
    ],
    ['a missing member', { ConnectionName: 'abcd' }, /ProviderType/],
  ])(
    'answers %s with 400 InvalidRequestException naming the member',
    async (_label, body, member) => {
      const response = await rawCall(emulator().url, 'CreateConnection', body);
      expectAwsError(response, 400, 'InvalidRequestException');
      expect(response.json?.Message).toMatch(member);
    },
  );

  it('answers a fractional or null MaxResults with 400 InvalidRequestException', async () => {
    for (const MaxResults of [1.5, null, '10']) {
      expectAwsError(
        await rawCall(emulator().url, 'ListConnections', { MaxResults }),
        400,
        'InvalidRequestException',
      );
    }
  });
});
