// Request bodies up to the limit (1 MiB by default) are served; larger ones get 413 with __type,
// whether the size is declared up front or only shows while streaming, and the emulator keeps
// serving.
import { request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { defaultHeaders, errorName, rawCall } from '../test-support/emulator/raw-call.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const MIB = 1024 * 1024;

/** Sends `chunks` as a chunked body (no Content-Length), so the size shows only while streaming. */
function chunkedPost(port: number, chunks: string[]): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        headers: defaultHeaders('ListConnections'),
        timeout: 10_000,
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', reject);
    for (const chunk of chunks) req.write(chunk);
    req.end();
  });
}

describe('request body size', () => {
  const emulator = useEmulator();

  it('answers a declared body over 1 MiB with 413 RequestEntityTooLargeException', async () => {
    const huge = JSON.stringify({
      ConnectionName: 'abcd',
      ProviderType: 'GITHUB',
      Tags: [{ Key: 'k', Value: 'v'.repeat(MIB) }],
    });
    const response = await rawCall(emulator().url, 'CreateConnection', huge);
    expect([response.status, errorName(response)]).toEqual([413, 'RequestEntityTooLargeException']);
    expect(response.headers.get('x-amzn-requestid')).toMatch(/\S/);
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });

  it('answers a chunked body that grows past 1 MiB with 413', async () => {
    const response = await chunkedPost(emulator().port, [
      '{"Pad":"',
      'x'.repeat(MIB / 2),
      'x'.repeat(MIB / 2),
      '"}',
    ]);
    expect(response.status).toBe(413);
    expect(response.body).toMatch(/RequestEntityTooLargeException/);
    expect((await rawCall(emulator().url, 'ListConnections')).status).toBe(200);
  });

  it('serves a body of exactly 1 MiB', async () => {
    const filler = 'x'.repeat(MIB - JSON.stringify({ Pad: '' }).length);
    const response = await rawCall(
      emulator().url,
      'ListConnections',
      JSON.stringify({ Pad: filler }),
    );
    expect(response.status).toBe(200);
  });
});
