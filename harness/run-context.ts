// The target as one test file sees it: the run's configuration as provided to the worker, one SDK
// client with an exchange log, and the account its ARNs must carry.
import type { AppRunnerClient } from '@aws-sdk/client-apprunner';
import { createClient } from './client.js';
import { useEmbeddedEmulator } from './embedded-emulator.js';
import type { ExchangeLog, LoggingHttpHandler } from './exchange-log.js';
import { setLogPosition } from './checks/meta.js';
import { providedRunConfig } from './provided-run-config.js';
import type { RunConfig } from './run-config.js';
import type { TargetConfig } from './target-config.js';
import { overHttp } from './transport-choice.js';

export interface RunContext {
  /** The target, with the endpoint of the worker's embedded emulator when it has one. */
  config: TargetConfig;
  run: RunConfig;
  client: AppRunnerClient;
  log: ExchangeLog;
}

let current: (RunContext & { useTransportFor: (testFile: string) => void }) | undefined;

/**
 * Sets up the worker's context once (harness/file-setup.ts, before any test file runs); its
 * `useTransportFor` picks, per test file, how the client reaches an embedded emulator.
 */
export async function startRunContext(): Promise<NonNullable<typeof current>> {
  if (current) return current;
  const run = providedRunConfig();
  const { target: config, inProcess } = await useEmbeddedEmulator(run);
  const { client, log } = createClient(config);
  const handler = client.config.requestHandler as LoggingHttpHandler;
  const made = (current = {
    config,
    run,
    client,
    log,
    useTransportFor: (testFile: string) => {
      handler.inProcess = overHttp(testFile) ? undefined : inProcess;
    },
  });
  // A failure notes where the log stood when it was found: the exchange it judged.
  setLogPosition(() => made.log.mark());
  return made;
}

export function runContext(): RunContext {
  if (!current)
    throw new Error('no run context: run the suites through npm run conformance or npm test');
  return current;
}

let learnedAccount: string | undefined;

/**
 * The account ARNs must name: the configured one, or else the first one seen, so that a target
 * whose account is not known in advance must at least be consistent.
 */
export function expectedAccount(seen: string): string {
  const configured = runContext().config.account;
  if (configured) return configured;
  learnedAccount ??= seen;
  return learnedAccount;
}
