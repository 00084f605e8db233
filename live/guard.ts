// The one gate in front of every write to a real account: a non-loopback endpoint is written to
// only with --live and an account allowlist that the caller's identity (asked of STS) is on.
import { InputError } from '../common/input-error.js';

export interface GuardInput {
  /** The target writes would go to: loopback or not (a test switch may call loopback live). */
  remote: boolean;
  live: boolean;
  allowedAccounts: readonly string[];
  /** Asked only when everything else allows the run. */
  caller: () => Promise<string>;
}

/** Resolves to the caller's account when a live run may write; otherwise throws an InputError. */
export async function guardLiveRun(input: GuardInput): Promise<string | undefined> {
  if (!input.remote) return undefined;
  if (!input.live) {
    throw new InputError(
      'the endpoint is not on this machine: a run that creates connections there needs --live and --account ID (the account you allow it to write to)',
    );
  }
  if (input.allowedAccounts.length === 0) {
    throw new InputError(
      '--live needs at least one --account ID: the accounts this run may write to',
    );
  }
  let account: string;
  try {
    account = await input.caller();
  } catch (e) {
    throw new InputError(
      `cannot confirm the caller's account with STS GetCallerIdentity (${(e as Error).name}: ${(e as Error).message.split('\n')[0]}); check the credentials`,
    );
  }
  if (!input.allowedAccounts.includes(account)) {
    throw new InputError(
      `the credentials belong to an account that is not allowed (${input.allowedAccounts.length} allowed); refusing to write. Pass --account with the sandbox account's id`,
    );
  }
  return account;
}
