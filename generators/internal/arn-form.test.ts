import { describe, expect, it } from 'vitest';
import { arnForm, connectionArnOf } from './arn-form.js';

describe('arnForm', () => {
  it('reads the layout from CONN-ARN-FORMAT and the account length from the ARN pattern', () => {
    const form = arnForm();
    expect([form.service, form.resourceType, form.accountDigits, form.maxLength]).toEqual([
      'apprunner',
      'connection',
      12,
      1011,
    ]);
  });

  it('builds ARNs the model pattern accepts', () => {
    const arn = connectionArnOf({
      partition: 'aws',
      region: 'us-east-1',
      account: '123456789012',
      name: 'my-conn',
      id: 'abc',
    });
    expect(arn).toBe('arn:aws:apprunner:us-east-1:123456789012:connection/my-conn/abc');
    expect(arnForm().pattern.test(arn)).toBe(true);
  });
});
