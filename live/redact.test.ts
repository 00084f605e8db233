import { expect, test } from 'vitest';
import { redactJson, redactText } from './redact.js';
import { fakeAccessKeyId } from '../test-support/fake-credentials.js';

const TEMPORARY = fakeAccessKeyId('abcdefghijklmnop', 'ASIA');

const secrets = {
  account: '123456789012',
  accessKeyId: fakeAccessKeyId('fakefakefake1234'),
  secretAccessKey: 'fake/secret+key/that-is-recognisable',
  sessionToken: 'FwoGZXIvYXdzFAKESESSIONTOKEN',
};

test('account ids, keys, secrets, tokens and signatures are replaced', () => {
  const text =
    `arn:aws:apprunner:us-east-1:123456789012:connection/x/1 ${secrets.accessKeyId} ${secrets.secretAccessKey} ` +
    `X-Amz-Security-Token: ${secrets.sessionToken} Signature=${'a'.repeat(64)} ${TEMPORARY}`;
  const out = redactText(text, secrets);
  for (const s of [
    secrets.account,
    secrets.accessKeyId,
    secrets.secretAccessKey,
    secrets.sessionToken,
    'a'.repeat(64),
    TEMPORARY,
  ]) {
    expect(out).not.toContain(s);
  }
  expect(out).toContain('arn:aws:apprunner:us-east-1:000000000000:connection/x/1');
});

test('JSON stays JSON', () => {
  const out = redactJson(
    { arn: 'arn:aws:apprunner:us-east-1:123456789012:connection/x/1', n: [1, '123456789012'] },
    secrets,
  );
  expect(out).toEqual({
    arn: 'arn:aws:apprunner:us-east-1:000000000000:connection/x/1',
    n: [1, '000000000000'],
  });
});
