// The requirement catalogue: hand-written behaviour plus constraints derived from the model.
import derived from '../spec/derived/constraint-requirements.json' with { type: 'json' };
import behaviour from '../spec/requirements.json' with { type: 'json' };
import type { RequirementId } from '../generated/contract.js';

/** How binding a requirement is; only MUST requirements resting on documented or observed facts fail a target. */
export type Level = 'MUST' | 'SHOULD' | 'OBSERVE';
/** What a requirement rests on: the documentation, an observation of the service, an inference, or nothing known. */
export type Confidence = 'documented' | 'observed' | 'inferred' | 'unknown';

/** One entry of the requirement catalogue (spec/requirements.json and the derived constraints). */
export interface Requirement {
  /** Stable id: UPPER-KEBAB for behaviour, `shape.<Shape>.<rule>` for derived constraints. */
  id: RequirementId;
  /** The fact, in one sentence. */
  statement: string;
  /** The operations it concerns. */
  operations: string[];
  /** How binding it is. */
  level: Level;
  /** Where it comes from: a documentation URL, the model, an observation. */
  source: string;
  /** What it rests on. */
  confidence: Confidence;
}

/**
 * Every requirement, by id.
 *
 * @example
 * ```ts
 * import { REQUIREMENTS } from 'apprunner-connection-conformance/contract';
 *
 * const must = [...REQUIREMENTS.values()].filter((r) => r.level === 'MUST');
 * ```
 */
export const REQUIREMENTS: ReadonlyMap<RequirementId, Requirement> = new Map(
  [...behaviour.requirements, ...derived.requirements].map((r) => [
    r.id as RequirementId,
    r as Requirement,
  ]),
);

/** Whether `id` names a requirement of the catalogue: for ids built at run time. */
export const isRequirementId = (id: string): id is RequirementId =>
  REQUIREMENTS.has(id as RequirementId);

/**
 * The requirement with this id.
 *
 * @throws Error when no requirement has it.
 */
export function requirement(id: string): Requirement {
  const found = REQUIREMENTS.get(id as RequirementId);
  if (!found) throw new Error(`unknown requirement id ${id}: it is not in spec/`);
  return found;
}
