// The validators merge errors in place and stop at ERROR_LIMIT: no copy of the error list per
// failing item, and no more than a bounded number of errors made.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_LIMIT, appendErrorsInPlace, stopAtErrorLimit } from './bound-errors.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import * as validators from '../generated/validators.cjs';

const MERGE = 'vErrors = vErrors === null ? validate7.errors : vErrors.concat(validate7.errors);';

describe('appendErrorsInPlace', () => {
  it('turns every merge into an append', () => {
    const code = appendErrorsInPlace(`a();${MERGE}b();${MERGE}`);
    expect(code).not.toContain('concat');
    expect(code.match(/vErrors\.push\(e\)/g)).toHaveLength(2);
  });

  it('refuses code that merges some other way', () => {
    expect(() => appendErrorsInPlace('vErrors = vErrors.concat(x.errors);')).toThrow(/unknown way/);
    expect(() => appendErrorsInPlace('no merge at all')).toThrow(/unknown way/);
  });
});

describe('stopAtErrorLimit', () => {
  it('returns from the validator each count is in', () => {
    const code = stopAtErrorLimit(
      'function validate1(d){errors++;}function validate2(d){errors = vErrors.length;}',
    );
    expect(code).toContain(`errors++;if (errors >= ${ERROR_LIMIT}) {validate1.errors = vErrors;`);
    expect(code).toContain(
      `errors = vErrors.length;if (errors >= ${ERROR_LIMIT}) {validate2.errors = vErrors;`,
    );
  });

  it('refuses code that discards errors, or counts none', () => {
    expect(() => stopAtErrorLimit('function validate1(d){errors = _errs0;errors++;}')).toThrow(
      /unknown way/,
    );
    expect(() => stopAtErrorLimit('function validate1(d){}')).toThrow(/unknown way/);
  });
});

describe('generated/validators.cjs', () => {
  it('has no copying merge', () => {
    const code = readFileSync(`${PROJECT_ROOT}generated/validators.cjs`, 'utf8');
    expect(code).not.toContain('.concat(');
    expect(code).toContain('vErrors.push(e)');
  });

  it.each([
    [
      'CreateConnectionRequest',
      { ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: [] },
      'Tags',
      1,
    ],
    ['UntagResourceRequest', { ResourceArn: 'x', TagKeys: [] }, 'TagKeys', ''],
  ] as const)('%s: 300,000 bad items make at most %i errors', (schema, base, member, item) => {
    const validate = validators[schema];
    const message = { ...base, [member]: Array<unknown>(300_000).fill(item) };
    expect(validate(message)).toBe(false);
    const errors = validate.errors ?? [];
    // A merge may add a whole sub-list before the count is looked at: at most twice the limit.
    expect(errors.length).toBeGreaterThanOrEqual(ERROR_LIMIT);
    expect(errors.length).toBeLessThan(2 * ERROR_LIMIT);
  });

  it('still reports every error of a message with fewer than the limit', () => {
    const validate = validators.CreateConnectionRequest;
    const tags = Array<number>(ERROR_LIMIT - 1).fill(1);
    expect(validate({ ConnectionName: 'abcd', ProviderType: 'GITHUB', Tags: tags })).toBe(false);
    expect(validate.errors).toHaveLength(ERROR_LIMIT - 1);
  });
});
