// The credential scope's Region, read in one pass over the header.
import { describe, expect, it } from 'vitest';
import { regionOfAuthorization } from './sigv4-scope.js';

const header = (credential: string) =>
  `AWS4-HMAC-SHA256 Credential=${credential}, SignedHeaders=host;x-amz-target, Signature=00`;

describe('regionOfAuthorization', () => {
  it('reads the Region of a SigV4 scope', () => {
    expect(regionOfAuthorization(header('AKID/20240101/eu-west-1/apprunner/aws4_request'))).toBe(
      'eu-west-1',
    );
    expect(regionOfAuthorization('Credential=AKID/20240101/us-east-2/apprunner/aws4_request')).toBe(
      'us-east-2',
    );
  });

  it.each([
    ['no header', undefined],
    ['not SigV4', 'Bearer abc'],
    ['a short scope', header('AKID/20240101/eu-west-1/aws4_request')],
    ['a bad date', header('AKID/2024-01-01/eu-west-1/apprunner/aws4_request')],
    ['another terminator', header('AKID/20240101/eu-west-1/apprunner/aws4_requestX')],
    ['an empty part', header('AKID/20240101//apprunner/aws4_request')],
    ['a Region the ARN pattern refuses', header('AKID/20240101/EU_WEST/apprunner/aws4_request')],
  ])('answers undefined for %s', (_what, value) => {
    expect(regionOfAuthorization(value)).toBeUndefined();
  });

  it('reads only the first scope, so a header full of near-misses is one scan', () => {
    const nearMisses = 'Credential=A/1/'.repeat(1000);
    expect(
      regionOfAuthorization(
        `${nearMisses} ${header('AKID/20240101/eu-west-1/apprunner/aws4_request')}`,
      ),
    ).toBeUndefined();
  });
});
