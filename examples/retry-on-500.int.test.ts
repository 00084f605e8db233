// An application test: code that must survive App Runner failing now and then, tested against
// the emulator with faults scheduled through its control interface.
import {
  AppRunnerClient,
  CreateConnectionCommand,
  InternalServiceErrorException,
} from '@aws-sdk/client-apprunner';
import { afterAll, beforeAll, beforeEach, expect, test } from 'vitest';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';

let emulator: RunningEmulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
beforeEach(() => emulator.control.reset());
afterAll(() => emulator.close());

// The code under test: a client configured to retry (the SDK's standard retry strategy).
const appClient = () => new AppRunnerClient({ ...emulator.clientConfig(), maxAttempts: 3 });

test('survives one InternalServiceErrorException', async () => {
  emulator.control.injectFault({ operation: 'CreateConnection', kind: 'error', count: 1 });
  const out = await appClient().send(
    new CreateConnectionCommand({ ConnectionName: 'deploy-source', ProviderType: 'GITHUB' }),
  );
  expect(out.Connection?.Status).toBe('PENDING_HANDSHAKE');
  expect(out.$metadata.attempts).toBe(2); // the first attempt got the 500
});

test('reports the error when every attempt fails', async () => {
  emulator.control.injectFault({ operation: 'CreateConnection', kind: 'error', count: 3 });
  await expect(
    appClient().send(
      new CreateConnectionCommand({ ConnectionName: 'deploy-source', ProviderType: 'GITHUB' }),
    ),
  ).rejects.toBeInstanceOf(InternalServiceErrorException);
});
