// How a check reads in a report that lists checks (JUnit): a check fails there when it made a
// requirement's verdict fail, so a CI system that counts JUnit failures agrees with the verdict
// about expected failures (listed in an expectations file) and unexpected passes (a known
// failure that was fixed, which must be taken out of the expectations file).
import type { CheckResult, ConformanceReport, Outcome, RequirementVerdict } from '../model.js';
import { firstLine } from './exchange-text.js';

export type CheckStatus =
  | { kind: 'passed' }
  | { kind: 'failed'; type: 'fail' | 'unexpected-pass'; message: string }
  | { kind: 'skipped'; message: string };

export type VerdictIndex = ReadonlyMap<string, RequirementVerdict>;

export function verdictIndex(report: ConformanceReport): VerdictIndex {
  return new Map(report.requirements.map((r) => [r.id, r]));
}

const reasons = (verdicts: (RequirementVerdict | undefined)[]): string =>
  [...new Set(verdicts.map((v) => v?.expectation?.reason).filter((r) => r !== undefined))].join(
    '; ',
  );

export function checkStatus(check: CheckResult, index: VerdictIndex): CheckStatus {
  const cited = check.requirements.map((id) => index.get(id));
  if (check.state === 'skip') {
    return { kind: 'skipped', message: reasons(cited) || 'skipped' };
  }
  if (check.state === 'pass') {
    // It verified nothing: what it cites is unverified, which JUnit can only show as skipped.
    if (check.incomplete !== undefined)
      return { kind: 'skipped', message: `incomplete: ${check.incomplete}` };
    const fixed = cited.filter((v) => v?.outcome === 'unexpected-pass');
    if (fixed.length === 0) return { kind: 'passed' };
    return {
      kind: 'failed',
      type: 'unexpected-pass',
      message: `passed, but ${fixed.map((v) => v!.id).join(', ')} ${fixed.length === 1 ? 'is' : 'are'} expected to fail (${reasons(fixed)}); remove ${fixed.length === 1 ? 'it' : 'them'} from the expectations file`,
    };
  }
  const broken = (check.brokenRequirements ?? check.requirements).map((id) => index.get(id));
  // An id the report has no verdict for cannot be shown to be harmless, so it counts.
  const counts = (o: Outcome | undefined) => o === undefined || o === 'fail';
  if (broken.length === 0 || broken.some((v) => counts(v?.outcome))) {
    return { kind: 'failed', type: 'fail', message: firstLine(check.error) || 'failed' };
  }
  const expected = broken.every((v) => v?.outcome === 'expected-fail');
  return {
    kind: 'skipped',
    message: expected
      ? `expected failure: ${reasons(broken)}`
      : `failed, but it only breaks requirements whose verdict it does not change (${broken.map((v) => `${v!.id}: ${v!.outcome}`).join(', ')})`,
  };
}
