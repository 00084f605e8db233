// resolveOptions refuses what the emulator could not honour, in one EmulatorOptionsError.
import { describe, expect, it } from 'vitest';
import { EmulatorOptionsError, MAX_TIMER_MS, resolveOptions } from './options.js';
import { parseResponse, socketExchange } from '../test-support/emulator/raw-socket.js';
import { withEmulator } from '../test-support/emulator/use-emulator.js';

describe('emulator options', () => {
  it('refuses a body timeout longer than a timer can wait', () => {
    // setTimeout turns a longer delay into 1 ms: every body would be answered 408 at once.
    expect(() => resolveOptions({ bodyTimeoutMs: MAX_TIMER_MS + 1 })).toThrow(EmulatorOptionsError);
    expect(() => resolveOptions({ bodyTimeoutMs: MAX_TIMER_MS + 1 })).toThrow(
      /body timeout must be an integer from 1 to 2147483647/,
    );
  });

  it('waits for a stalled body with the longest body timeout', async () => {
    await withEmulator({ bodyTimeoutMs: MAX_TIMER_MS }, async (emulator) => {
      const exchange = await socketExchange(
        emulator.port,
        'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 10\r\n\r\n{',
        500,
      );
      expect(exchange.received).toBe('');
      const done = await socketExchange(
        emulator.port,
        'POST / HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: 0\r\n\r\n',
      );
      // Answered (403: no Authorization), so the server runs with these timeouts.
      expect(parseResponse(done.received).status).toBe(403);
    });
  });
});
