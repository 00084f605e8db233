// The boundary count must be able to fail: fast-check's own string of 4..32 characters, with its
// default size, never reaches 32 in a default run, and the count says so.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { boundaryProbes, hits } from './boundaries.js';
import { sampleRun } from './property.js';

describe('hits', () => {
  it('counts the values that measure each boundary, and shows a boundary never reached', () => {
    const probe = {
      ...boundaryProbes()[0],
      arbitrary: () => fc.string({ minLength: 4, maxLength: 32 }),
    };
    if (!probe.measure) throw new Error('no probe');
    const counts = hits(sampleRun(probe.arbitrary()), probe as Parameters<typeof hits>[1], [4, 32]);
    expect(counts.get(4)).toBeGreaterThan(0);
    expect(counts.get(32)).toBe(0);
  });

  it('derives every boundary from spec/: names 3, 4, 32, 33; keys 128, 129; values 256, 257', () => {
    const byName = Object.fromEntries(boundaryProbes().map((p) => [p.name, p.asserted]));
    expect(byName).toMatchObject({
      connectionName: [4, 32],
      invalidConnectionName: [3, 33],
      tagKey: [1, 128],
      invalidTagKey: [129],
      tagValue: [0, 256],
      invalidTagValue: [257],
      maxResults: [1, 100],
      invalidMaxResults: [0, 101],
    });
  });
});
