// What a check leaves on its vitest task for the reporters: the requirements it verifies, which
// of them it found broken, what it observed, and the exchanges behind a failure.
import type { RequirementId } from '../../contract/index.js';
import type { Exchange } from '../exchange-log.js';
import type { WireViolation } from './wire-audit.js';

export interface Observation {
  requirement: RequirementId;
  /** What the target did, as plain JSON. */
  value: unknown;
}

declare module 'vitest' {
  interface TaskMeta {
    requirements?: RequirementId[];
    /** Set on failure when the check could tell which of its requirements broke. */
    brokenRequirements?: RequirementId[];
    observations?: Observation[];
    exchanges?: Exchange[];
    /** fast-check path of a failed property's counterexample (with the seed, replays it). */
    replayPath?: string;
    /** Cases a property check ran (1 for an example check). */
    cases?: number;
    /** Why a check that did not fail did not run to its end: what it cites stays unverified. */
    incomplete?: string;
    /** Why a check was skipped because it cannot run on this kind of target (no control interface). */
    notCoveredBecause?: string;
    /** On a test file: the wire audit of every exchange it made (harness/checks/wire-audit.ts). */
    wireAudit?: WireAudit;
  }
}

export interface WireAudit {
  exchanges: number;
  /** How many violations each audited requirement had, and the first few of them. */
  counts: Record<string, number>;
  violations: WireViolation[];
}

/** Where the run's exchange log stands now (set by harness/run-context.ts), if there is one. */
let logPosition: () => number | undefined = () => undefined;

export function setLogPosition(position: () => number | undefined): void {
  logPosition = position;
}

/** A failed assertion that knows which requirement(s) it broke. */
export class RequirementFailure extends Error {
  /**
   * How many exchanges the log held when the failure was found: the exchanges a report shows end
   * with the one that was judged, not with the cleanup that ran before the failure was reported.
   */
  readonly judgedAt: number | undefined = logPosition();

  constructor(
    readonly requirements: RequirementId[],
    /** The message without the requirement ids. */
    readonly detail: string,
  ) {
    super(`${detail} [breaks ${requirements.join(', ')}]`);
    this.name = 'RequirementFailure';
  }
}

/**
 * Thrown by a check that cannot judge what it cites on this target (no room in the quota, nothing
 * to read): the check ends without failing and its requirements are reported unverified.
 */
export class Inconclusive extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'Inconclusive';
  }
}

/**
 * A failure whose blame a few more calls can narrow (harness/checks/refused-valid.ts): a valid
 * value refused breaks some rule the target misapplies, and probing tells which. A property
 * throws it on every failing run; the narrowing runs once, on the counterexample the property
 * shrank to, so shrinking costs no probes.
 */
export class NarrowableFailure extends RequirementFailure {
  constructor(
    requirements: RequirementId[],
    detail: string,
    readonly narrow: () => Promise<RequirementFailure>,
  ) {
    super(requirements, detail);
    this.name = 'NarrowableFailure';
  }
}
