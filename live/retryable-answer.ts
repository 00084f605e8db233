// Which answers a client retries with back-off, classified exactly as the SDK's own retry
// strategy does (@smithy/core/retry): throttling, or a transient failure (500, 502, 503, 504, a
// request timeout). A live run counts them apart from conformance failures: a throttled call
// that recovers says nothing about the target's conformance.
import { isThrottlingError, isTransientError } from '@smithy/core/retry';
import { errorNameIn } from '../contract/index.js';
import type { Exchange } from '../harness/exchange-log.js';

export type RetryableKind = 'throttling' | 'transient';

function errorName(response: Exchange['response']): string {
  let json: unknown;
  try {
    json = JSON.parse(response.body);
  } catch {
    json = undefined;
  }
  return errorNameIn(response.headers, json) ?? '';
}

export function retryableKind(response: Exchange['response']): RetryableKind | undefined {
  if (response.status < 400) return undefined;
  const error: Parameters<typeof isTransientError>[0] = {
    name: errorName(response),
    message: '',
    $metadata: { httpStatusCode: response.status },
  };
  if (isThrottlingError(error)) return 'throttling';
  if (isTransientError(error)) return 'transient';
  return undefined;
}

/** The error type the SDK's retry strategies take. */
export const retryErrorType = (kind: RetryableKind): 'THROTTLING' | 'TRANSIENT' =>
  kind === 'throttling' ? 'THROTTLING' : 'TRANSIENT';
