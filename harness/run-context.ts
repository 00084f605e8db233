// The target as one test file sees it: config from the environment, one SDK client with an
// exchange log, and the account its ARNs must carry.
import type { AppRunnerClient } from '@aws-sdk/client-apprunner';
import { createClient } from './client.js';
import type { ExchangeLog } from './exchange-log.js';
import { setLogPosition } from './checks/meta.js';
import { targetConfigFromEnv, type TargetConfig } from './target-config.js';

export interface RunContext {
  config: TargetConfig;
  client: AppRunnerClient;
  log: ExchangeLog;
}

let current: RunContext | undefined;

export function runContext(): RunContext {
  if (!current) {
    const config = targetConfigFromEnv();
    if (!config.endpoint && config.kind === 'emulator') {
      throw new Error('no endpoint: run the suites through npm run conformance or npm test');
    }
    const made: RunContext = (current = { config, ...createClient(config) });
    setLogPosition(() => made.log.mark());
  }
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
