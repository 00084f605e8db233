// What an invalid or observational value says about itself. Suites use the label to know what to
// expect from a target; the generators' own tests hold every label to the generated validator.
import type { RequirementId } from '../contract/index.js';

/**
 * How a conforming endpoint answers the value:
 * - 'constraint': a well-typed member breaks a constraint of its shape: InvalidRequestException
 *   (CONN-INVALID-REJECTED);
 * - 'malformed': a member or the body has the wrong JSON type: some 4xx error with __type
 *   (WIRE-MALFORMED-4XX); which error is an observation (OBS-MALFORMED-ERROR).
 */
export type InvalidKind = 'constraint' | 'malformed';

/** An invalid value, labelled with the requirement it breaks and how a target must answer it. */
export interface Invalid<Reason extends string = string> {
  /** The value to send. Not typed as the shape: a wrong JSON type is part of the point. */
  value: unknown;
  /** Why the value is invalid, in the generator's terms ('too-short', 'wrong-type', ...). */
  reason: Reason;
  /** The requirement the value was built to break. */
  requirement: RequirementId;
  /**
   * Requirements the model makes the value break as well, at the same member and unavoidably:
   * a 33-character name also fails the name pattern, which encodes the length.
   */
  implied: readonly RequirementId[];
  /** JSON pointer of the broken member inside `value` ('' for the value itself). */
  path: string;
  /** How a conforming endpoint answers it. */
  kind: InvalidKind;
}

/**
 * A value the model accepts but whose treatment by App Runner is unknown: a suite reports what
 * the target did under `observation` (an OBS-* id) and never fails it.
 */
export interface Observation<T, Reason extends string = string> {
  /** The value to send. */
  value: T;
  /** What is unusual about it, in the generator's terms. */
  reason: Reason;
  /** The OBSERVE requirement under which the target's answer is recorded. */
  observation: RequirementId;
}
