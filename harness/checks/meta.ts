// What a check leaves on its vitest task for the reporters: the requirements it verifies, which
// of them it found broken, what it observed, and the exchanges behind a failure.
import type { Exchange } from '../exchange-log.js';
import type { WireViolation } from './wire-audit.js';

export interface Observation {
  requirement: string;
  /** What the target did, as plain JSON. */
  value: unknown;
}

declare module 'vitest' {
  interface TaskMeta {
    requirements?: string[];
    /** Set on failure when the check could tell which of its requirements broke. */
    brokenRequirements?: string[];
    observations?: Observation[];
    exchanges?: Exchange[];
    replay?: string;
    /** fast-check path of a failed property's counterexample (with the seed, replays it). */
    replayPath?: string;
    /** Cases a property check ran (1 for an example check). */
    cases?: number;
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

/** A failed assertion that knows which requirement(s) it broke. */
export class RequirementFailure extends Error {
  constructor(
    readonly requirements: string[],
    /** The message without the requirement ids. */
    readonly detail: string,
  ) {
    super(`${detail} [breaks ${requirements.join(', ')}]`);
    this.name = 'RequirementFailure';
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
    requirements: string[],
    detail: string,
    readonly narrow: () => Promise<RequirementFailure>,
  ) {
    super(requirements, detail);
    this.name = 'NarrowableFailure';
  }
}
