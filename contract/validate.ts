// Validation of wire messages with the generated (precompiled) validators: no schema is
// compiled at run time.
import * as validators from '../generated/validators.cjs';
import { requirementOf } from './requirement-of.js';

/** The request, response and error schemas of the contract, by shape name. */
export type SchemaName = Exclude<keyof typeof validators, 'default'>;

/** One way a message breaks its schema, with the requirement that says so. */
export interface Violation {
  /** Requirement id the violation breaks; null for schema-only strictness (unknown members). */
  requirement: string | null;
  /** JSON pointer of the offending member, e.g. /Tags/0/Key ('' for the whole message). */
  instancePath: string;
  /** The JSON Schema keyword that failed (`maxLength`, `pattern`, `required`, ...). */
  keyword: string;
  /** A readable line: where, and what is wrong. */
  message: string;
}

/**
 * Every violation of `schema` in `value`; an empty list means valid.
 *
 * @param schema - The message's shape name, such as `CreateConnectionRequest`.
 * @param value - The message as it travels (JSON-parsed; timestamps as epoch seconds).
 *
 * @example
 * ```ts
 * import { violations } from 'apprunner-connection-conformance/contract';
 *
 * violations('CreateConnectionRequest', { ConnectionName: 'ab', ProviderType: 'GITHUB' });
 * // [{ requirement: 'shape.ConnectionName.length', instancePath: '/ConnectionName', ... }]
 * ```
 */
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
export const isValid = (schema: SchemaName, value: unknown): boolean =>
  violations(schema, value).length === 0;
