// Raw calls against the run's target (see harness/raw-call.ts).
import { OPERATIONS } from '../../contract/index.js';
import { rawCall, type RawRequest, type RawResponse } from '../raw-call.js';
import { runContext } from '../run-context.js';

export function targetOf(operation: string): string {
  return `${OPERATIONS.targetPrefix}.${operation}`;
}

export function raw(req: RawRequest): Promise<RawResponse> {
  const { client, config } = runContext();
  return rawCall(client, config.endpoint ?? 'http://fixtures.invalid', req);
}

/** A well-formed call with a JSON body the SDK could not have sent. */
export function rawOperation(operation: string, body: unknown): Promise<RawResponse> {
  return raw({ target: targetOf(operation), body: JSON.stringify(body) });
}
