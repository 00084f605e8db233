// A loopback proxy in front of a target that answers some requests itself, as a busy service
// does: every `every`-th request gets a throttling error or a 503, in turn, without reaching the
// target (so a refused create creates nothing); the rest are passed through unchanged.
import { createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FlakyProxy {
  url: string;
  /** Answers the proxy made up, by kind. */
  injected: { throttling: number; transient: number };
  close(): Promise<void>;
}

const THROTTLED = {
  status: 400,
  type: 'ThrottlingException',
  message: 'Rate exceeded',
};
const UNAVAILABLE = {
  status: 503,
  type: 'ServiceUnavailableException',
  message: 'Service is unavailable, try again',
};

export async function startFlakyProxy(target: string, every: number): Promise<FlakyProxy> {
  const upstream = new URL(target);
  const injected = { throttling: 0, transient: 0 };
  let seen = 0;
  const server = createServer((req, res) => {
    seen += 1;
    if (seen % every === 0) {
      req.resume();
      const throttle = (seen / every) % 2 === 1;
      const answer = throttle ? THROTTLED : UNAVAILABLE;
      if (throttle) injected.throttling += 1;
      else injected.transient += 1;
      res.writeHead(answer.status, {
        'content-type': 'application/x-amz-json-1.0',
        'x-amzn-requestid': `flaky-${seen}`,
      });
      res.end(JSON.stringify({ __type: answer.type, message: answer.message }));
      return;
    }
    const out = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    injected,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
