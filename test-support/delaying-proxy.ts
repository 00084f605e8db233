// A loopback proxy that holds every answer of a target for a fixed time before passing it on, as
// the network to a real Region does (30 to 80 ms): what a run against a remote endpoint waits on.
import { Agent, createServer, request as forward } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DelayingProxy {
  url: string;
  /** Requests passed through so far. */
  requests(): number;
  close(): Promise<void>;
}

export async function startDelayingProxy(target: string, delayMs: number): Promise<DelayingProxy> {
  const upstream = new URL(target);
  let requests = 0;
  // A fresh connection to the target for every request: a kept-alive one the target closes for
  // idleness just as the proxy reuses it would fail a request no network would have failed.
  const agent = new Agent({ keepAlive: false });
  const server = createServer((req, res) => {
    requests += 1;
    const out = forward(
      {
        host: upstream.hostname,
        port: upstream.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
        agent,
      },
      (answer) => {
        const chunks: Buffer[] = [];
        answer.on('data', (c: Buffer) => chunks.push(c));
        answer.on('end', () =>
          setTimeout(() => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            res.end(Buffer.concat(chunks));
          }, delayMs),
        );
      },
    );
    out.on('error', () => res.destroy());
    req.pipe(out);
  });
  // Longer than any pause in a run: the client's kept-alive sockets are never closed under it.
  server.keepAliveTimeout = 120_000;
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests: () => requests,
    close: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
