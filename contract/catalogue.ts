// The requirement catalogue: hand-written behaviour plus constraints derived from the model.
import derived from '../spec/derived/constraint-requirements.json' with { type: 'json' };
import behaviour from '../spec/requirements.json' with { type: 'json' };
import type { RequirementId } from '../generated/contract.js';

export type Level = 'MUST' | 'SHOULD' | 'OBSERVE';
export type Confidence = 'documented' | 'observed' | 'inferred' | 'unknown';

export interface Requirement {
  id: RequirementId;
  statement: string;
  operations: string[];
  level: Level;
  source: string;
  confidence: Confidence;
}

export const REQUIREMENTS: ReadonlyMap<RequirementId, Requirement> = new Map(
  [...behaviour.requirements, ...derived.requirements].map((r) => [
    r.id as RequirementId,
    r as Requirement,
  ]),
);

/** Whether `id` names a requirement of the catalogue: for ids built at run time. */
export const isRequirementId = (id: string): id is RequirementId =>
  REQUIREMENTS.has(id as RequirementId);

export function requirement(id: string): Requirement {
  const found = REQUIREMENTS.get(id as RequirementId);
  if (!found) throw new Error(`unknown requirement id ${id}: it is not in spec/`);
  return found;
}
