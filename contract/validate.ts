// Validation of wire messages with the generated (precompiled) validators: no schema is
// compiled at run time.
import * as validators from '../generated/validators.cjs';
import { requirementOf } from './requirement-of.js';

export type SchemaName = Exclude<keyof typeof validators, 'default'>;

export interface Violation {
  /** Requirement id the violation breaks; null for schema-only strictness (unknown members). */
  requirement: string | null;
  /** JSON pointer of the offending member, e.g. /Tags/0/Key ('' for the whole message). */
  instancePath: string;
  keyword: string;
  message: string;
}

export interface ViolationOptions {
  /** At most this many are returned, the first in document order. Default: all. */
  limit?: number;
  /** Keywords whose violations are left out (and not counted towards the limit). */
  ignore?: readonly string[];
}

/**
 * The violations of `schema` in `value`; an empty list means valid. Linear in the size of the
 * value; only the violations returned are turned into messages, so a small `limit` keeps a
 * message with a million bad items cheap to answer.
 */
export function violations(
  schema: SchemaName,
  value: unknown,
  { limit = Infinity, ignore = [] }: ViolationOptions = {},
): Violation[] {
  const validate = validators[schema];
  if (validate(value)) return [];
  const found: Violation[] = [];
  for (const e of validate.errors ?? []) {
    if (found.length >= limit) break;
    if (ignore.includes(e.keyword)) continue;
    found.push({
      requirement: requirementOf(e),
      instancePath: e.instancePath,
      keyword: e.keyword,
      message: `${e.instancePath || '(message)'} ${e.message ?? 'is invalid'}`,
    });
  }
  return found;
}

export const isValid = (schema: SchemaName, value: unknown): boolean => validators[schema](value);
