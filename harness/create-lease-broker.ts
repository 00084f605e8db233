// The broker of create leases (harness/create-lease.ts): shares out `capacity` connections among
// the test files that ask, first come first served. A file asks once, for all it holds at once,
// and keeps them to its end, so no file ever waits while holding some: no two files can wait for
// each other. A file that asks for more than the capacity gets it when it is alone.
import { createServer, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';

export interface CreateLeaseBroker {
  /** host:port, as the run's configuration carries it. */
  address: string;
  /** Leases granted so far, and the longest any file waited for one, in milliseconds. */
  stats(): { granted: number; longestWaitMs: number };
  close(): Promise<void>;
}

interface Ask {
  socket: Socket;
  count: number;
  since: number;
}

export async function startCreateLeaseBroker(room: number): Promise<CreateLeaseBroker> {
  // With no room at all, files still take turns, one at a time.
  const capacity = Math.max(1, room);
  const queue: Ask[] = [];
  const holders = new Map<Socket, number>();
  let inUse = 0;
  let granted = 0;
  let longestWaitMs = 0;
  const grantNext = (): void => {
    for (let head = queue[0]; head; head = queue[0]) {
      if (head.socket.destroyed) {
        queue.shift();
        continue;
      }
      const count = Math.min(head.count, capacity);
      // In order: a large ask at the head is not overtaken, so it is not starved.
      if (inUse > 0 && inUse + count > capacity) return;
      queue.shift();
      holders.set(head.socket, count);
      inUse += count;
      granted += 1;
      longestWaitMs = Math.max(longestWaitMs, Date.now() - head.since);
      head.socket.write('1');
    }
  };
  const server = createServer((socket) => {
    let line = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      line += chunk;
      if (!line.includes('\n')) return;
      const count = Number.parseInt(line, 10);
      queue.push({
        socket,
        count: Number.isSafeInteger(count) && count > 0 ? count : 1,
        since: Date.now(),
      });
      line = '';
      grantNext();
    });
    socket.on('error', () => socket.destroy());
    socket.on('close', () => {
      inUse -= holders.get(socket) ?? 0;
      holders.delete(socket);
      grantNext();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    address: `127.0.0.1:${port}`,
    stats: () => ({ granted, longestWaitMs }),
    close: () =>
      new Promise<void>((resolve) => {
        for (const ask of queue) ask.socket.destroy();
        for (const socket of holders.keys()) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
