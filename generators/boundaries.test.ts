// Boundary values appear within the default number of runs, with the run's own seed: measured
// on the values a property of default size would see, not assumed from the weights. (The
// weights put each asserted boundary at 1 draw in 8 or more, so a run of 100 misses one with
// probability under 2e-6; bench/boundary-report.ts prints the counts.)
import { describe, expect, it } from 'vitest';
import { connectionName } from './index.js';
import {
  boundaryProbes,
  categoryProbes,
  hits,
  tally,
} from '../test-support/generators/boundaries.js';
import { sampleRun } from '../test-support/generators/property.js';
import { stringShape } from './internal/string-shape.js';
import { characterGroups } from './internal/character.js';
import type { CodePointSet, Range } from './internal/code-point-set.js';
import fc from 'fast-check';
import { propertySeed } from '../harness/property-runs.js';

describe('boundaries within the default number of runs', () => {
  for (const probe of boundaryProbes().filter((p) => p.asserted.length > 0)) {
    it(`${probe.name} reaches ${probe.asserted.join(' and ')}`, () => {
      const counts = hits(sampleRun(probe.arbitrary()), probe, probe.asserted);
      const missed = [...counts].filter(([, n]) => n === 0).map(([b]) => b);
      expect(missed, `counts ${JSON.stringify([...counts])}`).toEqual([]);
    });
  }
});

describe('values within the default number of runs', () => {
  for (const probe of categoryProbes()) {
    it(`${probe.name} draws ${probe.expected.join(', ')}`, () => {
      const counts = tally(sampleRun(probe.arbitrary()), probe);
      const missed = probe.expected.filter((c) => counts.get(c) === 0);
      expect(missed, `counts ${JSON.stringify([...counts])}`).toEqual([]);
    });
  }
});

describe('connection name characters', () => {
  // Reachability, not frequency: every class of the pattern in every position it allows, within
  // 2,000 draws (a given class in the last position of a 32-character name is about 1 draw in 50).
  // A class is a character group (lower, upper, digits, ...); a group of a few members, such as
  // '-' and '_', counts each member as a class of its own.
  it('every character class appears in every position the pattern allows it', () => {
    const [first, rest] = stringShape('ConnectionName').form.segments;
    if (!first || !rest) throw new Error('ConnectionName is not a first character and a tail');
    type Ranges = readonly Range[];
    const classes = (set: CodePointSet): Ranges[] =>
      characterGroups(set).flatMap((g): Ranges[] =>
        g.size <= 4
          ? g.ranges.flatMap(([lo, hi]) =>
              Array.from({ length: hi - lo + 1 }, (_, i): Ranges => [[lo + i, lo + i]]),
            )
          : [g.ranges],
      );
    const firstClasses = classes(first.characters);
    const restClasses = classes(rest.characters);
    const classOf = (cs: Ranges[], cp: number) =>
      cs.findIndex((ranges) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi));
    const seen = new Set<string>();
    for (const n of fc.sample(connectionName(), { seed: propertySeed(), numRuns: 2000 })) {
      Array.from(n).forEach((c, i) => {
        const cp = c.codePointAt(0) ?? 0;
        seen.add(`${i}:${classOf(i === 0 ? firstClasses : restClasses, cp)}`);
      });
    }
    const expected = [
      ...firstClasses.map((_c, k) => `0:${k}`),
      ...Array.from({ length: stringShape('ConnectionName').maxLength - 1 }, (_, i) =>
        restClasses.map((_c, k) => `${i + 1}:${k}`),
      ).flat(),
    ];
    expect(restClasses.length).toBe(5); // lower, upper, digits, '-', '_'
    expect(expected.filter((e) => !seen.has(e))).toEqual([]);
  });
});
