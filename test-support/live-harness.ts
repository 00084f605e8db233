// What every live-profile test stands on: the reference emulator as the "real account" (a
// test-only switch treats loopback as live), a fake STS that names the allowed account, the
// flags and recognisable fake credentials a live run is started with, and a count of what is
// left on the emulator afterwards.
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { afterAll, beforeAll } from 'vitest';
import { createClient } from '../harness/client.js';
import { startEmulator, type RunningEmulator } from '../emulator/index.js';
import { resolveTarget } from '../harness/target-config.js';
import { fakeAccessKeyId } from './fake-credentials.js';
import { startFakeSts } from './fake-sts.js';

export const LIVE_ACCOUNT = '123456789012';

export interface LiveHarness {
  /** The emulator's URL (what a live run is pointed at, unless a test puts a proxy between). */
  readonly url: string;
  /** The fake STS's URL (--sts-endpoint). */
  readonly stsUrl: string;
  /** Flags of a live run against `endpoint` (default: the emulator), allowed for LIVE_ACCOUNT. */
  flags(endpoint?: string): string[];
  /** Environment of a live run: recognisable fake credentials, and the loopback-as-live switch. */
  readonly env: NodeJS.ProcessEnv;
  /** Names of the connections the emulator holds now. */
  connectionsLeft(): Promise<string[]>;
}

/** Starts the emulator and the fake STS before the file's tests, stops them after. */
export function useLiveHarness(credentials: {
  keyIdTag: string;
  secret: string;
  sessionToken?: string;
}): LiveHarness {
  let emulator: RunningEmulator | undefined;
  let sts: { url: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    emulator = await startEmulator({ accountId: LIVE_ACCOUNT, connectionQuota: 10 });
    sts = await startFakeSts(LIVE_ACCOUNT);
  });
  afterAll(async () => {
    await emulator?.close();
    await sts?.close();
  });
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('the live harness is used before beforeAll ran');
    return v;
  };
  return {
    get url() {
      return started(emulator).url;
    },
    get stsUrl() {
      return started(sts).url;
    },
    flags: (endpoint) => [
      '--endpoint',
      endpoint ?? started(emulator).url,
      '--live',
      '--account',
      LIVE_ACCOUNT,
      '--sts-endpoint',
      started(sts).url,
    ],
    env: {
      AWS_ACCESS_KEY_ID: fakeAccessKeyId(credentials.keyIdTag),
      AWS_SECRET_ACCESS_KEY: credentials.secret,
      ...(credentials.sessionToken && { AWS_SESSION_TOKEN: credentials.sessionToken }),
      AWS_REGION: 'us-east-1',
      CONFORMANCE_TEST_TREAT_LOOPBACK_AS_LIVE: '1',
    },
    async connectionsLeft() {
      const { client } = createClient({
        ...resolveTarget({}, {}),
        kind: 'endpoint',
        endpoint: started(emulator).url,
      });
      try {
        const out = await client.send(new ListConnectionsCommand({}));
        return (out.ConnectionSummaryList ?? []).map((c) => c.ConnectionName ?? '');
      } finally {
        client.destroy();
      }
    },
  };
}
