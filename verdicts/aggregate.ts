// From check results to a verdict per requirement. A requirement fails when a check that found
// it broken failed. It passes only when every check citing it that ran passed to its end with at
// least one case: a check that failed for another requirement, ran out of time or ran no case
// leaves it unverified, naming what blocked it. OBSERVE requirements are never failed, only
// reported with what was observed.
import { REQUIREMENTS } from '../contract/index.js';
import type {
  Blocker,
  CheckResult,
  Expectation,
  Outcome,
  ReportSummary,
  RequirementVerdict,
  Verdict,
} from './model.js';
import notCovered from '../suites/not-covered.json' with { type: 'json' };
import { OUTCOMES } from './reports/outcomes.js';

const NOT_COVERED: Readonly<Record<string, string>> = notCovered.requirements;

/**
 * Why no check of the run cites `id`. Every requirement a whole run leaves uncited is listed in
 * suites/not-covered.json with its reason (contract/citations.test.ts); any other was left out
 * by the run's selection.
 */
const notCoveredReason = (id: string): string =>
  NOT_COVERED[id] ?? 'no check of the files and tests this run selected cites it';

/** The requirements a failed check broke: the ones it named, or else all it cites. */
export function brokenBy(check: CheckResult): string[] {
  return check.state === 'fail' ? (check.brokenRequirements ?? check.requirements) : [];
}

/** Why `check`, which ran, verified nothing about `id`; undefined when it did. */
function blockerOf(check: CheckResult, id: string): Blocker | undefined {
  if (check.state === 'fail' && !brokenBy(check).includes(id)) {
    return { check: check.id, reason: `failed for ${brokenBy(check).join(', ')}` };
  }
  if (check.incomplete !== undefined) return { check: check.id, reason: check.incomplete };
  return undefined;
}

/**
 * Why the checks citing a requirement cannot run on this kind of target, when none of them ran
 * and every one says so (a check that needs a control interface the target does not declare).
 */
function unrunnableBecause(cited: CheckResult[]): string | undefined {
  if (cited.length === 0 || cited.some((c) => c.state !== 'skip' || !c.notCoveredBecause))
    return undefined;
  return [...new Set(cited.map((c) => c.notCoveredBecause))].join('; ');
}

function outcomeOf(
  level: string,
  cited: CheckResult[],
  failed: CheckResult[],
  blockers: Blocker[],
  observed: unknown[],
): Outcome {
  const ran = cited.filter((c) => c.state !== 'skip');
  if (unrunnableBecause(cited) !== undefined) return 'not-covered';
  if (level === 'OBSERVE') {
    if (observed.length > 0) return 'observed';
    if (cited.length === 0) return 'not-covered';
    return ran.length === 0 ? 'skipped' : 'unverified';
  }
  if (failed.length > 0) return 'fail';
  if (cited.length === 0) return 'not-covered';
  if (ran.length === 0) return 'skipped';
  return blockers.length > 0 ? 'unverified' : 'pass';
}

/**
 * An expectation turns only its own requirement's failure into an expected one; an unverified
 * requirement stays unverified whatever the file says.
 */
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
    const failed = r.level === 'OBSERVE' ? [] : cited.filter((c) => brokenBy(c).includes(r.id));
    const observed = cited.flatMap((c) =>
      (c.observations ?? []).filter((o) => o.requirement === r.id).map((o) => o.value),
    );
    const blockers = cited
      .filter((c) => c.state !== 'skip')
      .map((c) => blockerOf(c, r.id))
      .filter((b) => b !== undefined);
    const outcome = applyExpectation(
      outcomeOf(r.level, cited, failed, blockers, observed),
      expectations.get(r.id),
    );
    const expectation = expectations.get(r.id);
    return {
      id: r.id,
      level: r.level,
      confidence: r.confidence,
      statement: r.statement,
      outcome,
      checks: cited.map((c) => c.id),
      failedChecks: failed.map((c) => c.id),
      observations: observed,
      ...(outcome === 'unverified' && { blockedBy: blockers }),
      ...(outcome === 'not-covered' && {
        notCoveredBecause: unrunnableBecause(cited) ?? notCoveredReason(r.id),
      }),
      ...(expectation && { expectation }),
    };
  });
}

/** A MUST that fails unexpectedly, or an expected failure that now passes, fails the gate; one
 * that could not be verified keeps it from passing. */
function verdictOf(requirements: RequirementVerdict[]): Verdict {
  const must = requirements.filter((r) => r.level === 'MUST');
  if (must.some((r) => r.outcome === 'fail' || r.outcome === 'unexpected-pass')) return 'fail';
  return must.some((r) => r.outcome === 'unverified') ? 'unverified' : 'pass';
}

export function summarise(
  requirements: RequirementVerdict[],
  checks: CheckResult[],
  cases: number,
): ReportSummary {
  const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  for (const r of requirements) counts[r.outcome] += 1;
  const complete = (c: CheckResult): boolean => c.incomplete === undefined;
  return {
    verdict: verdictOf(requirements),
    counts,
    checks: {
      pass: checks.filter((c) => c.state === 'pass' && complete(c)).length,
      fail: checks.filter((c) => c.state === 'fail').length,
      skip: checks.filter((c) => c.state === 'skip').length,
      incomplete: checks.filter((c) => c.state === 'pass' && !complete(c)).length,
    },
    cases,
  };
}
