// A client that stalls mid-headers or mid-body or sends malformed HTTP gets a 4xx with __type
// (within the configured time for a stall), and the emulator keeps serving.
import { describe, expect, it } from 'vitest';
import { rawCall } from '../test-support/emulator/raw-call.js';
import { parseResponse, socketExchange } from '../test-support/emulator/raw-socket.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

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

  it('answers headers that stop arriving with 408 RequestTimeoutException after the timeout', async () => {
    // Node's own limits would answer after 60 to 90 s; the socket gives up after 5 s.
    const exchange = await socketExchange(
      emulator().port,
      'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\n',
      5000,
    );
    const { status, head, body } = parseResponse(exchange.received);
    expect(head).toMatch(/^HTTP\/1\.1 408 Request Timeout\r\n/);
    expect(head).toMatch(/\r\nConnection: close(\r\n|$)/i);
    expect(status).toBe(408);
    expect(body).toMatchObject({
      __type: expect.stringMatching(/RequestTimeoutException$/) as unknown,
    });
    // The timeout (300 ms) plus one check interval (150 ms), with room for a loaded machine.
    expect(exchange.firstByteAfterMs).toBeGreaterThanOrEqual(250);
    expect(exchange.firstByteAfterMs).toBeLessThan(2500);
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });

  it('answers HTTP it cannot parse with a 400 JSON error', async () => {
    const exchange = await socketExchange(
      emulator().port,
      'POST / HTTP/1.1\r\nBad Header Line\r\n\r\n',
    );
    const { status, head, body } = parseResponse(exchange.received);
    expect(head).toMatch(/^HTTP\/1\.1 400 Bad Request\r\n/);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      __type: expect.stringMatching(/SerializationException$/) as unknown,
    });
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });

  it('answers oversized headers with 431 and its own reason phrase', async () => {
    // Past node's 16 KiB limit on the header section.
    const exchange = await socketExchange(
      emulator().port,
      `${HEAD}X-Padding: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    const { status, head, body } = parseResponse(exchange.received);
    expect(head).toMatch(/^HTTP\/1\.1 431 Request Header Fields Too Large\r\n/);
    expect(status).toBe(431);
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
