// Throughput part of bench/emulator.ts: one scenario against one server process, after a
// short warm-up, with the server's CPU time per operation from the kernel's accounting.
import type { ServerProcess } from './emulator-child.js';
import { caller, runLoad } from './emulator-load.js';

export const SCENARIOS = ['create+delete pair', 'ListConnections (10 stored)'] as const;
export type Scenario = (typeof SCENARIOS)[number];

export interface LoadOptions {
  concurrency: number;
  durationMs: number;
  warmUpMs: number;
  maxOperations: number;
}

export interface Run {
  opsPerSecond: number;
  cpuUsPerOp: number;
}

const arnOf = (text: string) =>
  (JSON.parse(text) as { Connection: { ConnectionArn: string } }).Connection.ConnectionArn;

export async function measure(
  server: ServerProcess,
  scenario: Scenario,
  run: string,
  o: LoadOptions,
): Promise<Run> {
  const client = caller(server.port, o.concurrency);
  const operation =
    scenario === 'create+delete pair'
      ? async (w: number, n: number) => {
          const body = { ConnectionName: `b-${run}-${w}-${n}`, ProviderType: 'GITHUB' };
          const created = await client.call('CreateConnection', body);
          if (created.status !== 200) return false;
          return (
            (await client.call('DeleteConnection', { ConnectionArn: arnOf(created.text) }))
              .status === 200
          );
        }
      : async () => (await client.call('ListConnections', {})).status === 200;
  try {
    if (o.warmUpMs > 0) await runLoad(o.concurrency, o.warmUpMs, o.maxOperations, operation);
    const cpuBefore = server.cpuSeconds();
    const result = await runLoad(o.concurrency, o.durationMs, o.maxOperations, operation);
    if (result.failures > 0) throw new Error(`${scenario}: ${result.failures} operations failed`);
    return {
      opsPerSecond: result.operations / result.seconds,
      cpuUsPerOp: ((server.cpuSeconds() - cpuBefore) * 1e6) / Math.max(1, result.operations),
    };
  } finally {
    client.close();
  }
}

/** Seeds 10 connections in the emulator and returns its answers, for the baseline to repeat. */
export async function bodiesFrom(emulator: ServerProcess): Promise<Record<string, string>> {
  const client = caller(emulator.port, 1);
  try {
    for (let i = 0; i < 10; i++) {
      await client.call('CreateConnection', {
        ConnectionName: `listed-${i}`,
        ProviderType: 'GITHUB',
      });
    }
    const create = await client.call('CreateConnection', {
      ConnectionName: 'sample',
      ProviderType: 'GITHUB',
    });
    const del = await client.call('DeleteConnection', { ConnectionArn: arnOf(create.text) });
    const list = await client.call('ListConnections', {});
    return {
      'AppRunner.CreateConnection': create.text,
      'AppRunner.DeleteConnection': del.text,
      'AppRunner.ListConnections': list.text,
    };
  } finally {
    client.close();
  }
}
