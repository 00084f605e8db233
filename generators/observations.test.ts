// The observational arbitraries produce what the model accepts (they pass the validator) but
// whose treatment by App Runner is unknown, each labelled with its OBS-* requirement.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { requirement, stringConstraint, violations } from '../contract/index.js';
import { tagsWithDuplicateKey, tagValueWithLineTerminator } from './index.js';
import { codePointLength } from './internal/sized-string.js';
import { assertProperty } from '../test-support/generators/property.js';
import { PLACEMENTS } from '../test-support/generators/placements.js';

describe('tagsWithDuplicateKey', () => {
  it('passes the validator, and holds exactly one key twice with two different values', () => {
    assertProperty(
      fc.property(tagsWithDuplicateKey(), (o) => {
        expect(violations('TagResourceRequest', PLACEMENTS.tags.message(o.value))).toEqual([]);
        const keys = o.value.map((t) => t.Key);
        expect(keys.length - new Set(keys).size).toBe(1);
        expect(o.first).toBeLessThan(o.second);
        expect([o.value[o.first]?.Key, o.value[o.second]?.Key]).toEqual([o.key, o.key]);
        expect(o.value[o.first]?.Value).not.toBe(o.value[o.second]?.Value);
        expect(requirement(o.observation).level).toBe('OBSERVE');
      }),
    );
  });
});

describe('tagValueWithLineTerminator', () => {
  it('passes the validator (the model pattern is unanchored) but not an anchored reading of it', () => {
    const { maxLength, pattern } = stringConstraint('TagValue');
    const anchored = new RegExp(`^(?:${pattern})$`, 'u');
    assertProperty(
      fc.property(tagValueWithLineTerminator(), (o) => {
        expect(violations('TagResourceRequest', PLACEMENTS.tagValue.message(o.value))).toEqual([]);
        expect(anchored.test(o.value)).toBe(false);
        expect(codePointLength(o.value)).toBeLessThanOrEqual(maxLength);
        expect(requirement(o.observation).level).toBe('OBSERVE');
      }),
    );
  });
});
