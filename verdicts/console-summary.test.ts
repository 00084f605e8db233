// The console summary names each unverified requirement with what blocked it, counts the
// outcome, and says the verdict is not a pass.
import { expect, test } from 'vitest';
import { sampleReport } from '../test-support/sample-report.js';
import { renderConsoleSummary } from './console-summary.js';

test('an unverified requirement is listed with the check that blocked it and why', () => {
  const report = sampleReport({ plan: { fail: 0, 'unexpected-pass': 0, unverified: 1 } });
  const text = renderConsoleSummary(report);
  const r = report.requirements.find((v) => v.outcome === 'unverified')!;
  const blocker = r.blockedBy![0]!;
  expect(text).toContain(`UNVERIFIED ${r.id} (${r.level}) ${r.statement}`);
  expect(text).toContain(`  check:    ${blocker.check}\n  blocked:  ${blocker.reason}`);
  expect(text).toMatch(/Requirements: \d+ pass, 0 fail, 1 unverified,/);
  expect(text).toMatch(/Checks: .* 1 incomplete;/);
  expect(text).toMatch(/Verdict: UNVERIFIED for localstack/);
});
