// The node:http adapter survives a core that fails: the request gets a 500 with __type, the
// error is logged, and the server keeps serving.
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { EmulatorCore } from './emulator-core.js';
import { createHttpServer } from './http-adapter.js';
import { resolveOptions } from './options.js';
import { rawCall } from '../test-support/emulator/raw-call.js';

describe('the HTTP adapter', () => {
  let calls = 0;
  const flaky = {
    handle: () => {
      calls += 1;
      return calls === 1
        ? Promise.reject(new Error('core bug'))
        : Promise.resolve({ status: 200, headers: { 'x-amzn-RequestId': 'r' }, body: '{}' });
    },
    errorResponse: () => {
      throw new Error('not expected here');
    },
  } as unknown as EmulatorCore;
  const server = createHttpServer(flaky, resolveOptions());
  afterAll(() => {
    server.close();
    server.closeAllConnections();
  });

  it('answers a failing core with 500 InternalServiceErrorException and keeps serving', async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const log = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      const failed = await rawCall(url, 'ListConnections');
      expect(failed.status).toBe(500);
      expect(failed.json?.__type).toMatch(/InternalServiceErrorException$/);
      expect(log).toHaveBeenCalledWith(expect.stringContaining('core bug'));
    } finally {
      log.mockRestore();
    }
    expect((await rawCall(url, 'ListConnections')).status).toBe(200);
  });
});
