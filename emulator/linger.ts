// Closing a socket whose client is still sending makes the kernel reset it, and a reset discards
// the answer the client has not read yet (a request with more bytes after it than it declares,
// an HTTP/1.0 request, an error answered mid-body). So the emulator closes as web servers do: it
// finishes writing, shuts its side, and reads and drops what still comes, until the client
// closes its side, nothing comes for a while, or the whole wait reaches its bound.
import type { Duplex } from 'node:stream';

const lingering = new WeakSet<Duplex>();

/** Whether `socket` is closing this way already. */
export const isLingering = (socket: Duplex): boolean => lingering.has(socket);

export function lingeringClose(socket: Duplex, quietMs: number, mostMs: number): void {
  if (lingering.has(socket)) return;
  lingering.add(socket);
  socket.end();
  let quiet = setTimeout(() => socket.destroy(), quietMs);
  const most = setTimeout(() => socket.destroy(), mostMs);
  socket.on('data', () => {
    clearTimeout(quiet);
    quiet = setTimeout(() => socket.destroy(), quietMs);
  });
  socket.once('end', () => socket.destroy());
  socket.once('close', () => {
    clearTimeout(quiet);
    clearTimeout(most);
  });
  socket.resume();
}
