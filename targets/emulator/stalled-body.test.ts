// A client that stalls mid-body or sends malformed HTTP gets a 4xx with __type within the
// configured time, and the emulator keeps serving.
import { describe, expect, it } from 'vitest';
import { rawCall } from './test-support/raw-call.js';
import { parseResponse, socketExchange } from './test-support/raw-socket.js';
import { useEmulator } from './test-support/use-emulator.js';

const HEAD =
  'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Amz-Target: AppRunner.ListConnections\r\n' +
  'Authorization: AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/us-east-1/apprunner/aws4_request\r\n';

describe('stalled and malformed HTTP', () => {
  const emulator = useEmulator({ bodyTimeoutMs: 300 });

  it('answers a body that stops arriving with 408 RequestTimeoutException after the timeout', async () => {
    const exchange = await socketExchange(
      emulator().port,
      `${HEAD}Content-Length: 100\r\n\r\n{"MaxRes`,
    );
    const { status, head, body } = parseResponse(exchange.received);
    expect(status).toBe(408);
    expect(head).toMatch(/x-amzn-RequestId: \S+/i);
    expect(body).toMatchObject({
      __type: expect.stringMatching(/RequestTimeoutException$/) as unknown,
    });
    expect(exchange.firstByteAfterMs).toBeGreaterThanOrEqual(250);
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });

  it('answers HTTP it cannot parse with a 400 JSON error', async () => {
    const exchange = await socketExchange(
      emulator().port,
      'POST / HTTP/1.1\r\nBad Header Line\r\n\r\n',
    );
    const { status, body } = parseResponse(exchange.received);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      __type: expect.stringMatching(/SerializationException$/) as unknown,
    });
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });

  it('survives clients that disconnect mid-body', async () => {
    for (let i = 0; i < 20; i++) {
      await socketExchange(emulator().port, `${HEAD}Content-Length: 100\r\n\r\n{"Max`, 20);
    }
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });
});
