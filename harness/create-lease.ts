// Several vitest workers may share one account (a run against an endpoint): its connection quota
// is then shared out by a broker the runner starts (harness/create-lease-broker.ts). Before its
// first create, a test file asks for as many connections as it holds at once (its reservation,
// harness/checks/connections.ts) and waits until the broker grants them; it gives them back at its
// end. Files that create nothing never ask. The lease is a TCP connection: granted when the broker
// writes one byte, given back when the socket closes, which also happens when a worker dies.
import { connect, type Socket } from 'node:net';

let held: Promise<Socket> | undefined;

/** Waits until this file may hold `count` connections; at once when the run has no broker. */
export function acquireCreateLease(broker: string | undefined, count: number): Promise<void> {
  if (!broker) return Promise.resolve();
  held ??= new Promise<Socket>((resolve, reject) => {
    const [host = '127.0.0.1', port = '0'] = broker.split(':');
    const socket = connect({ host, port: Number(port) }, () => socket.write(`${count}\n`));
    socket.once('error', reject);
    socket.once('data', () => resolve(socket));
    socket.once('close', () => reject(new Error('the create lease broker went away')));
  });
  return held.then(() => undefined);
}

/** Gives the lease back (at the end of a file, after its cleanup); nothing when none is held. */
export async function releaseCreateLease(): Promise<void> {
  const lease = held;
  held = undefined;
  if (!lease) return;
  const socket = await lease.catch(() => undefined);
  socket?.destroy();
}
