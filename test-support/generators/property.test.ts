// A failing property reports the command that replays it, and that command's seed and path do
// replay the same counterexample.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { propertyParameters, propertySeed } from '../../harness/property-runs.js';
import { assertProperty, sampleRun } from './property.js';

describe('assertProperty', () => {
  it('passes a property that holds', () => {
    expect(() => assertProperty(fc.property(fc.nat(), (n) => n >= 0))).not.toThrow();
  });

  it('fails with the counterexample and a replay command naming seed, path, file and test', () => {
    let message = '';
    try {
      assertProperty(fc.property(fc.nat({ max: 1000 }), (n) => n < 500));
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/Counterexample: \[500\]/);
    expect(message).toMatch(
      new RegExp(
        `replay: CONFORMANCE_SEED=${propertySeed()} CONFORMANCE_PATH='[0-9:]+' npx vitest run test-support/generators/property\\.test\\.ts -t '.*replay command`,
      ),
    );
  });

  it('the reported seed and path replay the same counterexample', () => {
    const property = fc.property(
      fc.array(fc.nat({ max: 100 })),
      (xs) => xs.reduce((a, b) => a + b, 0) < 150,
    );
    const first = fc.check(property, propertyParameters());
    expect(first.failed).toBe(true);
    const again = fc.check(property, propertyParameters({ path: first.counterexamplePath ?? '' }));
    expect(again.counterexample).toEqual(first.counterexample);
  });
});

describe('sampleRun', () => {
  it('draws the default number of values with the run seed, the same each time', () => {
    const a = sampleRun(fc.nat());
    expect(a).toHaveLength(propertyParameters().numRuns ?? 0);
    expect(sampleRun(fc.nat())).toEqual(a);
  });
});
