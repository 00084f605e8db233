// The baseline of bench/emulator.ts: a minimal node:http server on 127.0.0.1 that reads
// each request body and answers a fixed JSON body chosen by X-Amz-Target. It does nothing else,
// so its throughput is the ceiling node:http sets on this machine.
//   node --import tsx bench/emulator-baseline.ts '<{"AppRunner.X": "<body>", ...}>'
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const bodies = new Map(
  Object.entries(JSON.parse(process.argv[2] ?? '{}') as Record<string, string>).map(([k, v]) => [
    k,
    Buffer.from(v),
  ]),
);
const fallback = Buffer.from('{}');

const server = createServer((req, res) => {
  req.resume();
  req.on('end', () => {
    const body = bodies.get(String(req.headers['x-amz-target'])) ?? fallback;
    res.writeHead(200, {
      'Content-Type': 'application/x-amz-json-1.0',
      'Content-Length': String(body.length),
    });
    res.end(body);
  });
});

server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${(server.address() as AddressInfo).port}\n`);
});
process.once('SIGINT', () => server.close());
process.once('SIGTERM', () => {
  server.close();
  server.closeAllConnections();
});
