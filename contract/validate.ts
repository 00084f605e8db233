// Validation of wire messages with the generated (precompiled) validators: no schema is
// compiled at run time.
import type { RequirementId } from '../generated/contract.js';
import * as validators from '../generated/validators.cjs';
import { requirementOf } from './requirement-of.js';

export type SchemaName = Exclude<keyof typeof validators, 'default'>;

export interface Violation {
  /** Requirement id the violation breaks; null for schema-only strictness (unknown members). */
  requirement: RequirementId | null;
  /** JSON pointer of the offending member, e.g. /Tags/0/Key ('' for the whole message). */
  instancePath: string;
  keyword: string;
  message: string;
}

/** Every violation of `schema` in `value`; an empty list means valid. */
export function violations(schema: SchemaName, value: unknown): Violation[] {
  const validate = validators[schema];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((e) => ({
    requirement: requirementOf(e),
    instancePath: e.instancePath,
    keyword: e.keyword,
    message: `${e.instancePath || '(message)'} ${e.message ?? 'is invalid'}`,
  }));
}

export const isValid = (schema: SchemaName, value: unknown): boolean =>
  violations(schema, value).length === 0;
