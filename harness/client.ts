// The SDK client a run drives: the real @aws-sdk/client-apprunner, pointed at the target, with
// its exchanges logged and its retries set deliberately.
import { AppRunnerClient } from '@aws-sdk/client-apprunner';
import { CallBudget, RateLimiter } from '../live/call-budget.js';
import { ExchangeLog, LoggingHttpHandler, type AttemptHooks } from './exchange-log.js';
import { isLoopback, type TargetConfig } from './target-config.js';

/** Obviously fake credentials for loopback targets, which do not verify signatures. */
export const LOOPBACK_CREDENTIALS = {
  accessKeyId: 'AKIDCONFORMANCELOCAL',
  secretAccessKey: 'conformance-local-secret-not-a-real-key',
};

function hasConfiguredCredentials(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.AWS_ACCESS_KEY_ID || env.AWS_PROFILE || env.AWS_WEB_IDENTITY_TOKEN_FILE);
}

/**
 * A live run spends from its call budget, keeps to its rate and counts the answers its clients
 * retry; other runs do none of this.
 */
function liveHooks(config: TargetConfig): AttemptHooks {
  const live = config.live;
  if (!live) return {};
  const budget = new CallBudget(live.callCounter, live.maxCalls);
  const limiter = new RateLimiter(live.callsPerSecond);
  return {
    beforeSend: async () => {
      budget.spend();
      await limiter.take();
    },
    afterAnswer: (exchange) => budget.noteAnswer(exchange),
  };
}

export function createClient(
  config: TargetConfig,
  log: ExchangeLog = new ExchangeLog(),
  env: NodeJS.ProcessEnv = process.env,
): { client: AppRunnerClient; log: ExchangeLog } {
  const endpoint = config.endpoint;
  const loopback = endpoint !== undefined && isLoopback(endpoint);
  const useDummy =
    config.kind === 'fixtures' || (loopback && !config.profile && !hasConfiguredCredentials(env));
  const client = new AppRunnerClient({
    region: config.region,
    ...(endpoint && { endpoint }),
    ...(config.profile && { profile: config.profile }),
    ...(useDummy && { credentials: LOOPBACK_CREDENTIALS }),
    maxAttempts: config.maxAttempts,
    // Adaptive retries back off on throttling, so a rate-limited live run recovers.
    retryMode: config.maxAttempts > 1 ? 'adaptive' : 'standard',
    requestHandler: new LoggingHttpHandler(log, liveHooks(config)),
    // The middleware stack is resolved once per command class instead of on every call: nothing
    // here changes a stack after the first call, and a run makes thousands of calls (the SDK's
    // own option; it changes nothing on the wire, and a call costs about a third less CPU).
    cacheMiddleware: true,
  });
  return { client, log };
}
