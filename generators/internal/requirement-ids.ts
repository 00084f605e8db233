// Requirement ids of derived constraints, checked against the catalogue when a generator is built:
// if the spec stops stating a rule, the generator that claims to break it fails loudly instead of
// labelling values with an id nobody can resolve.
import { isRequirementId, type RequirementId } from '../../contract/index.js';

export type Rule = 'type' | 'length' | 'pattern' | 'enum' | 'range' | 'required';

export function shapeRequirement(shape: string, rule: Rule): RequirementId {
  const id = `shape.${shape}.${rule}`;
  if (!isRequirementId(id))
    throw new Error(`${id} is not a requirement in spec/: the model no longer states it`);
  return id;
}

export function knownRequirement(id: string): RequirementId {
  if (!isRequirementId(id)) throw new Error(`${id} is not a requirement in spec/`);
  return id;
}
