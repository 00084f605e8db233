// Talks HTTP/1.1 over a bare TCP socket, for requests no HTTP client will send: stalled bodies
// and malformed framing. Bounded: the socket is destroyed after `timeoutMs`.
import { connect } from 'node:net';

export interface SocketExchange {
  /** Everything the server sent before it closed the connection or the time ran out. */
  received: string;
  /** Milliseconds from connect until the first response byte (undefined: none came). */
  firstByteAfterMs: number | undefined;
}

export function socketExchange(
  port: number,
  request: string,
  timeoutMs = 5000,
): Promise<SocketExchange> {
  return new Promise((resolve) => {
    const started = Date.now();
    let received = '';
    let firstByteAfterMs: number | undefined;
    const socket = connect(port, '127.0.0.1', () => socket.write(request));
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve({ received, firstByteAfterMs });
    };
    const timer = setTimeout(done, timeoutMs);
    socket.on('data', (chunk) => {
      firstByteAfterMs ??= Date.now() - started;
      received += chunk.toString('utf8');
    });
    socket.on('close', done);
    socket.on('error', done);
  });
}

/** Status and JSON body of the first response in `received`. */
export function parseResponse(received: string): { status: number; head: string; body: unknown } {
  const [head = '', body = ''] = received.split('\r\n\r\n');
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    parsed = undefined;
  }
  return { status, head, body: parsed };
}
