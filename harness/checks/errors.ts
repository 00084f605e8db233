// Asserting on a call that must fail. A behavioural check asks only which error the target gave
// (as the SDK resolves it, from the X-Amzn-ErrorType header or __type); status codes, __type and
// Message are the wire checks' business, so one broken convention fails one requirement.
import type { RequirementId } from '../../contract/index.js';
import { RequirementFailure } from './meta.js';

export interface CallFailure {
  name: string;
  status: number | undefined;
  message: string;
}

/** The failure of `call`, or undefined if it succeeded. */
export async function failureOf(call: Promise<unknown>): Promise<CallFailure | undefined> {
  try {
    await call;
    return undefined;
  } catch (e) {
    const err = e as { name?: string; message?: string; $metadata?: { httpStatusCode?: number } };
    if (err.$metadata === undefined) throw e; // not an answer from the target: a network fault
    return {
      name: err.name ?? 'Error',
      status: err.$metadata.httpStatusCode,
      message: err.message ?? '',
    };
  }
}

/** `call` must fail with one of `names`; otherwise `requirement` is broken. */
export async function expectError(
  call: Promise<unknown>,
  names: string | readonly string[],
  requirement: RequirementId,
): Promise<CallFailure> {
  const expected = typeof names === 'string' ? [names] : names;
  const failure = await failureOf(call);
  if (!failure) {
    throw new RequirementFailure(
      [requirement],
      `expected ${expected.join(' or ')}, but the call succeeded`,
    );
  }
  if (!expected.includes(failure.name)) {
    throw new RequirementFailure(
      [requirement],
      `expected ${expected.join(' or ')}, got ${failure.name} (HTTP ${failure.status ?? '?'}): ${failure.message}`,
    );
  }
  return failure;
}

/** `condition` must hold; otherwise `requirement` is broken, for the reason `message` gives. */
export function require(
  condition: unknown,
  requirement: RequirementId,
  message: string,
): asserts condition {
  if (!condition) throw new RequirementFailure([requirement], message);
}
