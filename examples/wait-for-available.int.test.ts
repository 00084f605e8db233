// An application test: code that waits for a connection's handshake, tested against the emulator.
import {
  AppRunnerClient,
  CreateConnectionCommand,
  ListConnectionsCommand,
} from '@aws-sdk/client-apprunner';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';

// The code under test: polls until the connection's owner has approved it.
async function waitForAvailable(client: AppRunnerClient, name: string, timeoutMs = 5_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { ConnectionSummaryList = [] } = await client.send(
      new ListConnectionsCommand({ ConnectionName: name }),
    );
    const status = ConnectionSummaryList[0]?.Status;
    if (status === 'AVAILABLE') return;
    if (status === 'ERROR') throw new Error(`the handshake of ${name} failed`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`${name} is not AVAILABLE after ${timeoutMs} ms`);
}

let emulator: RunningEmulator;
let client: AppRunnerClient;
beforeAll(async () => {
  emulator = await startEmulator();
  client = new AppRunnerClient(emulator.clientConfig());
});
afterAll(() => emulator.close());

test('waits until the handshake completes', async () => {
  const { Connection } = await client.send(
    new CreateConnectionCommand({ ConnectionName: 'my-github', ProviderType: 'GITHUB' }),
  );
  const waiting = waitForAvailable(client, 'my-github');
  // The owner approves the connection in the console, a little later.
  setTimeout(() => emulator.control.completeHandshake(Connection!.ConnectionArn!), 200);
  await expect(waiting).resolves.toBeUndefined();
});

test('gives up when the handshake fails', async () => {
  const { Connection } = await client.send(
    new CreateConnectionCommand({ ConnectionName: 'my-bitbucket', ProviderType: 'BITBUCKET' }),
  );
  emulator.control.failHandshake(Connection!.ConnectionArn!);
  await expect(waitForAvailable(client, 'my-bitbucket')).rejects.toThrow('failed');
});
