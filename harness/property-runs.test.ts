import { describe, expect, it } from 'vitest';
import { propertyBudgetMs, propertyTimeoutMs } from './property-runs.js';
import type { PropertySettings } from './run-config.js';

const settings = (more: Partial<PropertySettings> = {}): PropertySettings => ({
  seed: 1,
  runs: 100,
  shrink: true,
  ...more,
});

describe('a property time budget', () => {
  it('is two thirds of the timeout against a fast target', () => {
    expect(propertyBudgetMs(60_000, 100, settings())).toBe(40_000);
    expect(propertyBudgetMs(60_000, 100, settings({ callMs: 2 }))).toBe(40_000);
  });

  it('grows with the measured round trip, so a slow target still runs every case', () => {
    // 100 cases of about 4 calls of 250 ms, with half again to spare.
    expect(propertyBudgetMs(60_000, 100, settings({ callMs: 250 }))).toBe(150_000);
    expect(propertyBudgetMs(60_000, 10, settings({ callMs: 250 }))).toBe(40_000);
  });

  it('stops at 20 minutes however slow the target', () => {
    expect(propertyBudgetMs(60_000, 1_000, settings({ callMs: 5_000 }))).toBe(1_200_000);
  });

  it('is what the run names, when it names one', () => {
    expect(propertyBudgetMs(60_000, 100, settings({ budgetMs: 3_000, callMs: 250 }))).toBe(3_000);
  });

  it('leaves a test timeout beyond the budget, so the budget ends the property', () => {
    expect(propertyTimeoutMs(60_000, 40_000)).toBe(60_000);
    expect(propertyTimeoutMs(60_000, 150_000)).toBe(225_000);
    expect(propertyTimeoutMs(60_000, 3_000)).toBe(60_000);
  });
});
