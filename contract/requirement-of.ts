// Maps a schema validation error to the requirement it breaks. Every shape schema carries its
// shape name as `title`, and the validators are generated with `verbose`, so the error's
// parentSchema names the shape and the keyword names the rule:
// maxLength under title ConnectionName -> shape.ConnectionName.length.
import type { ErrorObject } from 'ajv';
import type { RequirementId } from '../generated/contract.js';
import { isRequirementId } from './catalogue.js';

const RULE_OF_KEYWORD: Record<string, string> = {
  type: 'type',
  minLength: 'length',
  maxLength: 'length',
  minItems: 'length',
  maxItems: 'length',
  pattern: 'pattern',
  enum: 'enum',
  minimum: 'range',
  maximum: 'range',
  required: 'required',
};

/** The requirement id a validation error breaks, or null for schema-only strictness. */
export function requirementOf(error: ErrorObject): RequirementId | null {
  const missing = (error.params as { missingProperty?: string }).missingProperty;
  // __type is a wire convention the error schemas add, not a model shape.
  if (error.instancePath.endsWith('/__type') || missing === '__type') return 'WIRE-ERROR-TYPE-BODY';
  const shape = (error.parentSchema as { title?: string } | undefined)?.title;
  const rule = RULE_OF_KEYWORD[error.keyword];
  if (!shape || !rule) return null;
  const id = `shape.${shape}.${rule}`;
  // spec/derived/ states a requirement for every rule its schemas carry; one it does not is stale.
  if (!isRequirementId(id)) throw new Error(`${id} is not a requirement in spec/: run derive-spec`);
  return id;
}
