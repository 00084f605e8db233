import { describe, expect, test } from 'vitest';
import { sampleReport, withVerdict } from '../../test-support/sample-report.js';
import type { ConformanceReport } from '../model.js';
import { matrixRows, rowDiffers } from './matrix-rows.js';

const differing = (reports: ConformanceReport[]) =>
  matrixRows(reports)
    .filter(rowDiffers)
    .map((r) => [r.id, r.outcomeDiffers, r.observationsDiffer]);

const base = sampleReport({ label: 'a' });
const observeIds = base.requirements.filter((v) => v.level === 'OBSERVE').map((v) => v.id);
const passing = base.requirements.find((v) => v.outcome === 'pass')!.id;

describe('matrixRows', () => {
  test('reports alike differ nowhere', () => {
    expect(differing([base, sampleReport({ label: 'b' })])).toEqual([]);
  });

  test('one other outcome and one other observation: exactly those two rows, each for its reason', () => {
    const other = withVerdict(withVerdict(base, passing, { outcome: 'fail' }), observeIds[1]!, {
      observations: [{ status: 402, error: 'ServiceQuotaExceededException' }],
    });
    expect(Object.fromEntries(differing([base, other]).map(([id, ...why]) => [id, why]))).toEqual({
      [passing]: [true, false],
      [observeIds[1]!]: [false, true],
    });
  });

  test('equal observations in another key order, or from checks in another order, do not differ', () => {
    const a = withVerdict(base, observeIds[0]!, {
      observations: [{ status: 400, error: { type: 'V', message: 'm' } }, 'second'],
    });
    const b = withVerdict(base, observeIds[0]!, {
      observations: ['second', { error: { message: 'm', type: 'V' }, status: 400 }],
    });
    expect(differing([a, b])).toEqual([]);
  });

  test('a repeated observation is not the same as one', () => {
    const a = withVerdict(base, observeIds[0]!, { observations: ['x'] });
    const b = withVerdict(base, observeIds[0]!, { observations: ['x', 'x'] });
    expect(differing([a, b])).toEqual([[observeIds[0], false, true]]);
  });

  test('a requirement one report lacks differs in outcome only, whatever the others observed', () => {
    const lacking = {
      ...base,
      requirements: base.requirements.filter((v) => v.id !== observeIds[0]),
    };
    expect(differing([base, lacking, base])).toEqual([[observeIds[0], true, false]]);
  });
});
