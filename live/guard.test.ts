import { expect, test } from 'vitest';
import { InputError } from '../common/input-error.js';
import { guardLiveRun } from './guard.js';

const caller = (account: string) => () => Promise.resolve(account);

test('a loopback target needs nothing and asks no one', async () => {
  let asked = false;
  const r = await guardLiveRun({
    remote: false,
    live: false,
    allowedAccounts: [],
    caller: () => ((asked = true), Promise.resolve('x')),
  });
  expect(r).toBeUndefined();
  expect(asked).toBe(false);
});

test.each([
  [
    'without --live',
    { live: false, allowedAccounts: ['111111111111'] },
    /needs --live and --account/,
  ],
  ['with --live but no account', { live: true, allowedAccounts: [] }, /at least one --account/],
  [
    'for an account not on the list',
    { live: true, allowedAccounts: ['222222222222'] },
    /not allowed/,
  ],
])('a remote target is refused %s', async (_what, input, message) => {
  await expect(
    guardLiveRun({ remote: true, caller: caller('111111111111'), ...input }),
  ).rejects.toThrow(message);
  await expect(
    guardLiveRun({ remote: true, caller: caller('111111111111'), ...input }),
  ).rejects.toBeInstanceOf(InputError);
});

test('the refusal never names the caller account', async () => {
  const err = await guardLiveRun({
    remote: true,
    live: true,
    allowedAccounts: ['222222222222'],
    caller: caller('111111111111'),
  }).catch((e: Error) => e);
  expect((err as Error).message).not.toContain('111111111111');
});

test('an STS failure is a usage error', async () => {
  await expect(
    guardLiveRun({
      remote: true,
      live: true,
      allowedAccounts: ['111111111111'],
      caller: () => Promise.reject(new Error('ExpiredToken')),
    }),
  ).rejects.toThrow(/cannot confirm the caller's account/);
});

test('an allowed caller may write', async () => {
  expect(
    await guardLiveRun({
      remote: true,
      live: true,
      allowedAccounts: ['111111111111'],
      caller: caller('111111111111'),
    }),
  ).toBe('111111111111');
});
