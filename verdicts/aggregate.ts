// From check results to a verdict per requirement. A requirement fails when a check that found
// it broken failed; OBSERVE requirements are never failed, only reported with what was observed.
import { REQUIREMENTS } from '../contract/index.js';
import type {
  CheckResult,
  Expectation,
  Outcome,
  ReportSummary,
  RequirementVerdict,
} from './model.js';

const OUTCOMES: Outcome[] = [
  'pass',
  'fail',
  'expected-fail',
  'unexpected-pass',
  'observed',
  'skipped',
  'not-covered',
];

/** The requirements a failed check broke: the ones it named, or else all it cites. */
export function brokenBy(check: CheckResult): string[] {
  return check.state === 'fail' ? (check.brokenRequirements ?? check.requirements) : [];
}

function outcomeOf(
  level: string,
  ran: CheckResult[],
  cited: CheckResult[],
  failed: CheckResult[],
  observed: unknown[],
): Outcome {
  if (level === 'OBSERVE')
    return observed.length > 0 ? 'observed' : cited.length === 0 ? 'not-covered' : 'skipped';
  if (failed.length > 0) return 'fail';
  if (cited.length === 0) return 'not-covered';
  return ran.length === 0 ? 'skipped' : 'pass';
}

function applyExpectation(outcome: Outcome, expectation: Expectation | undefined): Outcome {
  if (expectation?.outcome !== 'fail') return outcome;
  if (outcome === 'fail') return 'expected-fail';
  if (outcome === 'pass') return 'unexpected-pass';
  return outcome;
}

export function verdicts(
  checks: CheckResult[],
  expectations: ReadonlyMap<string, Expectation>,
): RequirementVerdict[] {
  return [...REQUIREMENTS.values()].map((r) => {
    const cited = checks.filter((c) => c.requirements.includes(r.id) || brokenBy(c).includes(r.id));
    const ran = cited.filter((c) => c.state !== 'skip');
    const failed = cited.filter((c) => brokenBy(c).includes(r.id));
    const observed = cited.flatMap((c) =>
      (c.observations ?? []).filter((o) => o.requirement === r.id).map((o) => o.value),
    );
    const expectation = expectations.get(r.id);
    return {
      id: r.id,
      level: r.level,
      confidence: r.confidence,
      statement: r.statement,
      outcome: applyExpectation(
        outcomeOf(r.level, ran, cited, r.level === 'OBSERVE' ? [] : failed, observed),
        expectation,
      ),
      checks: cited.map((c) => c.id),
      failedChecks: failed.map((c) => c.id),
      observations: observed,
      ...(expectation && { expectation }),
    };
  });
}

export function summarise(
  requirements: RequirementVerdict[],
  checks: CheckResult[],
  cases: number,
): ReportSummary {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of requirements) counts[r.outcome] += 1;
  // A MUST that fails unexpectedly, or an expected failure that now passes, fails the gate.
  const blocking = requirements.some(
    (r) => r.level === 'MUST' && (r.outcome === 'fail' || r.outcome === 'unexpected-pass'),
  );
  return {
    verdict: blocking ? 'fail' : 'pass',
    counts,
    checks: {
      pass: checks.filter((c) => c.state === 'pass').length,
      fail: checks.filter((c) => c.state === 'fail').length,
      skip: checks.filter((c) => c.state === 'skip').length,
    },
    cases,
  };
}
