// Validation of wire messages with the generated (precompiled) validators: no schema is
// compiled at run time.
import type { RequirementId } from '../generated/contract.js';
import * as validators from '../generated/validators.cjs';
import { ERROR_LIMIT } from '../common/error-limit.js';
import { requirementOf } from './requirement-of.js';

export { ERROR_LIMIT };

/** The request, response and error schemas of the contract, by shape name. */
export type SchemaName = Exclude<keyof typeof validators, 'default'>;

/** One way a message breaks its schema, with the requirement that says so. */
export interface Violation {
  /** Requirement id the violation breaks; null for schema-only strictness (unknown members). */
  requirement: RequirementId | null;
  /** JSON pointer of the offending member, e.g. /Tags/0/Key ('' for the whole message). */
  instancePath: string;
  /** The JSON Schema keyword that failed (`maxLength`, `pattern`, `required`, ...). */
  keyword: string;
  /** A readable line: where, and what is wrong. */
  message: string;
}

/** What `violations` returns of a value's violations: how many, and which it leaves out. */
export interface ViolationOptions {
  /** At most this many are returned, the first in document order. Default: all. */
  limit?: number;
  /** Keywords whose violations are left out (and not counted towards the limit). */
  ignore?: readonly string[];
}

/**
 * The violations of `schema` in `value`, in document order; an empty list means valid. Linear in
 * the size of the value: the validators stop after ERROR_LIMIT errors, and only those returned
 * are turned into Violations.
 *
 * @param schema - The message's shape name, such as `CreateConnectionRequest`.
 * @param value - The message as it travels (JSON-parsed; timestamps as epoch seconds).
 * @param options - At most `limit` violations, and keywords to `ignore`.
 *
 * @example
 * ```ts
 * import { violations } from 'apprunner-connection-conformance/contract';
 *
 * violations('CreateConnectionRequest', { ConnectionName: 'ab', ProviderType: 'GITHUB' });
 * // [{ requirement: 'shape.ConnectionName.length', instancePath: '/ConnectionName', ... }]
 * ```
 */
export function violations(
  schema: SchemaName,
  value: unknown,
  { limit = Infinity, ignore = [] }: ViolationOptions = {},
): Violation[] {
  const validate = validators[schema];
  if (validate(value)) return [];
  const errors = validate.errors ?? [];
  const found: Violation[] = [];
  for (const e of errors) {
    if (found.length >= limit) break;
    if (ignore.includes(e.keyword)) continue;
    found.push({
      requirement: requirementOf(e),
      instancePath: e.instancePath,
      keyword: e.keyword,
      message: `${e.instancePath || '(message)'} ${e.message ?? 'is invalid'}`,
    });
  }
  // The validator stopped early with only ignored errors: what it did not look at may be wrong.
  if (found.length === 0 && errors.length >= ERROR_LIMIT && limit > 0) {
    found.push({
      requirement: null,
      instancePath: '',
      keyword: 'errorLimit',
      message: `(message) has at least ${ERROR_LIMIT} problems`,
    });
  }
  return found;
}

/**
 * Whether `value` is a valid message of `schema`.
 *
 * @example
 * ```ts
 * import { isValid } from 'apprunner-connection-conformance/contract';
 *
 * isValid('CreateConnectionRequest', { ConnectionName: 'my-connection', ProviderType: 'GITHUB' }); // true
 * isValid('CreateConnectionRequest', { ConnectionName: 'x', ProviderType: 'GITHUB' }); // false: too short
 * ```
 */
export const isValid = (schema: SchemaName, value: unknown): boolean => validators[schema](value);
