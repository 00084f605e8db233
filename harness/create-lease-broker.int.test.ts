import { afterEach, describe, expect, it } from 'vitest';
import { connect, type Socket } from 'node:net';
import { startCreateLeaseBroker, type CreateLeaseBroker } from './create-lease-broker.js';

let broker: CreateLeaseBroker | undefined;
const sockets: Socket[] = [];

afterEach(async () => {
  for (const s of sockets.splice(0)) s.destroy();
  await broker?.close();
  broker = undefined;
});

/** Asks for `count` and says when it is granted. */
function ask(address: string, count: number): { granted: Promise<void>; socket: Socket } {
  const [host, port] = address.split(':');
  const socket = connect({ host, port: Number(port) }, () => socket.write(`${count}\n`));
  sockets.push(socket);
  return { socket, granted: new Promise((resolve) => socket.once('data', () => resolve())) };
}

const settled = async (p: Promise<void>): Promise<boolean> =>
  Promise.race([p.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 100))]);

describe('create lease broker', () => {
  it('grants asks while they fit the capacity, and the next when a holder goes', async () => {
    broker = await startCreateLeaseBroker(5);
    const a = ask(broker.address, 2);
    const b = ask(broker.address, 3);
    await Promise.all([a.granted, b.granted]);
    const c = ask(broker.address, 1);
    expect(await settled(c.granted)).toBe(false);
    a.socket.destroy();
    expect(await settled(c.granted)).toBe(true);
    expect(broker.stats().granted).toBe(3);
  });

  it('serves in order: a large ask at the head is not overtaken by small ones', async () => {
    broker = await startCreateLeaseBroker(4);
    const holder = ask(broker.address, 2);
    await holder.granted;
    const large = ask(broker.address, 4);
    await new Promise((r) => setTimeout(r, 20));
    const small = ask(broker.address, 1);
    expect(await settled(small.granted)).toBe(false);
    holder.socket.destroy();
    expect(await settled(large.granted)).toBe(true);
    expect(await settled(small.granted)).toBe(false);
    large.socket.destroy();
    expect(await settled(small.granted)).toBe(true);
  });

  it('grants an ask above the capacity when nothing else is held', async () => {
    broker = await startCreateLeaseBroker(3);
    const big = ask(broker.address, 10);
    expect(await settled(big.granted)).toBe(true);
    const next = ask(broker.address, 1);
    expect(await settled(next.granted)).toBe(false);
  });

  it('forgets an ask whose socket closed before its turn', async () => {
    broker = await startCreateLeaseBroker(1);
    const holder = ask(broker.address, 1);
    await holder.granted;
    const gone = ask(broker.address, 1);
    await new Promise((r) => setTimeout(r, 20));
    gone.socket.destroy();
    const last = ask(broker.address, 1);
    holder.socket.destroy();
    expect(await settled(last.granted)).toBe(true);
  });
});
