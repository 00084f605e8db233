// What the HTTP layer refuses, it answers with an AWS JSON error (or, past the socket cap, by
// closing at once), and the server keeps serving: an Expect it cannot meet, garbage after a
// pipelined request, too many sockets, idle sockets.
import { connect, type Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { sigv4Authorization } from '../test-support/emulator/raw-call.js';
import { parseResponse, socketExchange } from '../test-support/emulator/raw-socket.js';
import { useEmulator, withEmulator } from '../test-support/emulator/use-emulator.js';

const BODY = '{}';
const LIST =
  'POST / HTTP/1.1\r\nHost: emulator\r\nX-Amz-Target: AppRunner.ListConnections\r\n' +
  `Authorization: ${sigv4Authorization('us-east-1')}\r\nContent-Length: ${BODY.length}\r\n\r\n${BODY}`;

const typeOf = (body: unknown) => String((body as { __type?: unknown } | undefined)?.__type);
const statusLines = (received: string) => received.match(/HTTP\/1\.1 \d{3}/g) ?? [];

/** A socket that is open, and a promise of its closing (with what it received). */
function openSocket(port: number): Promise<{ socket: Socket; closed: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let received = '';
    socket.on('data', (d: Buffer) => (received += d.toString('utf8')));
    const closed = new Promise<string>((done) => socket.on('close', () => done(received)));
    socket.once('connect', () => resolve({ socket, closed }));
    socket.once('error', reject);
  });
}

describe('HTTP refusals', () => {
  const emulator = useEmulator();

  it('answers an Expect other than 100-continue with 417 and an AWS JSON error', async () => {
    const request = LIST.replace('Host: emulator', 'Host: emulator\r\nExpect: something-else');
    const { received } = await socketExchange(emulator().port, request);
    const response = parseResponse(received);
    expect(response.status).toBe(417);
    expect(response.head).toMatch(/content-type: application\/x-amz-json-1\.0/i);
    expect(typeOf(response.body)).toMatch(/#SerializationException$/);
  });

  it('answers pipelined requests before the garbage that follows them', async () => {
    const { received } = await socketExchange(emulator().port, `${LIST}${LIST}GARBAGE\x01\r\n\r\n`);
    expect(statusLines(received)).toEqual(['HTTP/1.1 200', 'HTTP/1.1 200', 'HTTP/1.1 400']);
    const last = received.slice(received.lastIndexOf('HTTP/1.1 400'));
    expect(typeOf(parseResponse(last).body)).toMatch(/#SerializationException$/);
    // And still serves.
    expect(statusLines((await socketExchange(emulator().port, LIST)).received)).toEqual([
      'HTTP/1.1 200',
    ]);
  });
});

describe('socket limits', () => {
  it('closes a socket past the cap at once and serves the others', async () => {
    await withEmulator({ maxSockets: 2 }, async (e) => {
      const held = [await openSocket(e.port), await openSocket(e.port)];
      try {
        const third = await openSocket(e.port);
        expect(await third.closed).toBe('');
        const [first] = held;
        first?.socket.write(LIST);
        // Still open, and answering: the reply comes before the socket is given up below.
        await new Promise((resolve) => first?.socket.once('data', resolve));
      } finally {
        for (const h of held) h.socket.destroy();
      }
      // Once they are gone, a new socket is served.
      await Promise.all(held.map((h) => h.closed));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(statusLines((await socketExchange(e.port, LIST)).received)).toEqual(['HTTP/1.1 200']);
    });
  });

  it('closes an idle keep-alive socket after the idle timeout', async () => {
    await withEmulator({ idleTimeoutMs: 200 }, async (e) => {
      const { socket, closed } = await openSocket(e.port);
      socket.write(LIST);
      // The bound is generous: what is checked is that it closes without the client.
      const outcome = await Promise.race([
        closed.then((received) => statusLines(received)),
        new Promise((resolve) => setTimeout(() => resolve('still open'), 5000)),
      ]);
      socket.destroy();
      expect(outcome).toEqual(['HTTP/1.1 200']);
    });
  });
});
