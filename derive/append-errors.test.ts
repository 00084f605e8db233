// The validators merge errors in place: no copy of the error list per failing item.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appendErrorsInPlace } from './append-errors.js';
import { PROJECT_ROOT } from '../common/project-root.js';

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

  it('left no copying merge in generated/validators.cjs', () => {
    const code = readFileSync(`${PROJECT_ROOT}generated/validators.cjs`, 'utf8');
    expect(code).not.toContain('.concat(');
    expect(code).toContain('vErrors.push(e)');
  });
});
