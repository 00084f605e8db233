// violations(): every error the validators find, in document order, and at most `limit` of them
// turned into Violations.
import { describe, expect, it } from 'vitest';
import * as validators from '../generated/validators.cjs';
import { ERROR_LIMIT, violations } from './validate.js';

const BAD_TAGS = 75_000;
const request = (tags: unknown[], extra: object = {}) => ({
  ConnectionName: 'abcd',
  ProviderType: 'GITHUB',
  Tags: tags,
  ...extra,
});

describe('violations', () => {
  it('finds the first ERROR_LIMIT of 75,000 bad tags, once each and in order', () => {
    const validate = validators.CreateConnectionRequest;
    expect(validate(request(Array<number>(BAD_TAGS).fill(1)))).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toEqual(Array.from({ length: ERROR_LIMIT }, (_, i) => `/Tags/${i}`));
  });

  it('turns at most `limit` into Violations, the first ones', () => {
    const found = violations('CreateConnectionRequest', request(Array<number>(BAD_TAGS).fill(1)), {
      limit: 21,
    });
    expect(found.map((v) => v.instancePath)).toEqual(
      Array.from({ length: 21 }, (_, i) => `/Tags/${i}`),
    );
    expect(found.every((v) => v.requirement === 'shape.Tag.type')).toBe(true);
  });

  it('leaves out ignored keywords without counting them towards the limit', () => {
    const input = request([{ Key: '' }], { Unknown1: 1, Unknown2: 2 });
    const all = violations('CreateConnectionRequest', input);
    expect(all.filter((v) => v.keyword === 'additionalProperties')).toHaveLength(2);
    const kept = violations('CreateConnectionRequest', input, {
      limit: 1,
      ignore: ['additionalProperties'],
    });
    expect(kept.map((v) => [v.instancePath, v.keyword])).toEqual([['/Tags/0/Key', 'minLength']]);
  });

  it('does not call valid a message whose errors up to the limit were all ignored', () => {
    const unknown = Object.fromEntries(
      Array.from({ length: ERROR_LIMIT }, (_, i) => [`Unknown${i}`, i]),
    );
    const input = request([{ Key: '' }], unknown);
    const found = violations('CreateConnectionRequest', input, {
      ignore: ['additionalProperties'],
    });
    expect(found.map((v) => v.keyword)).toEqual(['errorLimit']);
    const fewer = request([{ Key: '' }], { Unknown: 1 });
    expect(
      violations('CreateConnectionRequest', fewer, { ignore: ['additionalProperties'] }).map(
        (v) => v.keyword,
      ),
    ).toEqual(['minLength', 'pattern']);
  });

  it('answers an empty list for a valid message', () => {
    expect(violations('CreateConnectionRequest', request([{ Key: 'k', Value: 'v' }]))).toEqual([]);
  });
});
