// The verdict data model: what a conformance run produced, per check and per requirement. The
// JSON report is exactly a ConformanceReport (report.schema.json describes it); every other
// report (console, JUnit, HTML, Markdown) is rendered from one.
import type { Exchange } from '../harness/exchange-log.js';

export interface CheckObservation {
  requirement: string;
  value: unknown;
}

/** One vitest test: a check of one behaviour. */
export interface CheckResult {
  /** `<file> > <test name>`, stable across runs with the same seed. */
  id: string;
  file: string;
  name: string;
  requirements: string[];
  state: 'pass' | 'fail' | 'skip';
  durationMs: number;
  /** Which of `requirements` the failure broke, when the check could tell; else all of them. */
  brokenRequirements?: string[];
  error?: string;
  /** The last exchanges before a failure: what was sent and what came back. */
  exchanges?: Exchange[];
  /** A one-line command that replays this check (and, for a property, this case). */
  replay?: string;
  observations?: CheckObservation[];
  /**
   * Why the check did not run to its end although it did not fail (out of time, no case run, no
   * room in the quota, an observation that could not be made): what it cites stays unverified.
   */
  incomplete?: string;
  /** Why a skipped check cannot run on this kind of target: what only it cites is not covered. */
  notCoveredBecause?: string;
}

export type Outcome =
  | 'pass'
  | 'fail'
  | 'unverified'
  | 'expected-fail'
  | 'unexpected-pass'
  | 'observed'
  | 'skipped'
  | 'not-covered';

/** A check that kept a requirement from being verified, and why. */
export interface Blocker {
  check: string;
  reason: string;
}

export interface Expectation {
  outcome: 'fail' | 'skip';
  reason: string;
}

export interface RequirementVerdict {
  id: string;
  level: 'MUST' | 'SHOULD' | 'OBSERVE';
  confidence: string;
  statement: string;
  outcome: Outcome;
  /** Ids of the checks that cite this requirement. */
  checks: string[];
  /** Ids of the checks that found it broken. */
  failedChecks: string[];
  /** What the target did, for OBSERVE requirements. */
  observations: unknown[];
  /** For an unverified requirement: the checks that could not verify it, and why. */
  blockedBy?: Blocker[];
  /** For a requirement no check of the run cites: why (suites/not-covered.json, or the selection). */
  notCoveredBecause?: string;
  expectation?: Expectation;
}

/**
 * pass: every MUST requirement holds (or fails as expected); fail: one fails unexpectedly (or an
 * expected failure passes); unverified: none fails, but at least one could not be verified.
 */
export type Verdict = 'pass' | 'fail' | 'unverified';

export interface ReportSummary {
  verdict: Verdict;
  counts: Record<Outcome, number>;
  checks: { pass: number; fail: number; skip: number; incomplete: number };
  /** Generated cases run by property checks, plus one per example check. */
  cases: number;
}

export interface ConformanceReport {
  reportVersion: 1;
  suite: { name: string; version: string };
  spec: {
    model: { source: string; commit: string; sha256: string; apiVersion: string };
    deriveSpecVersion: string;
  };
  target: {
    kind: 'emulator' | 'endpoint' | 'fixtures';
    label: string;
    endpoint?: string;
    region: string;
  };
  run: {
    seed: number;
    runs: number;
    startedAt: string;
    durationMs: number;
    command: string;
  };
  summary: ReportSummary;
  /** Errors outside any check (a suite file that failed to load): they fail the verdict. */
  errors?: string[];
  /** A live run's accounting: its id, API calls made, and what its cleanup deleted. */
  live?: {
    runId: string;
    calls: number;
    /**
     * Answers the clients retried with back-off (or ran out of attempts on): throttling and
     * transient failures (5xx, timeouts): the account's rate or the service's health, not
     * conformance failures.
     */
    retried: { throttling: number; transient: number };
    cleanup: { deleted: number; failed: number };
  };
  requirements: RequirementVerdict[];
  checks: CheckResult[];
}
