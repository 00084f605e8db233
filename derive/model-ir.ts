// The neutral form both model renderings (Smithy JSON AST, botocore service-2) are read into.
// Everything downstream (schemas, requirements, indexes) is rendered from this alone, so the two
// readers can be cross-checked by comparing their IR.

export type ShapeIR =
  | StringShape
  | EnumShape
  | IntegerShape
  | TimestampShape
  | ListShape
  | StructureShape
  | BooleanShape;

/** What the model says a shape or member is for: its documentation trait, HTML as written. */
export interface Documented {
  documentation?: string;
}

export interface StringShape extends Documented {
  kind: 'string';
  length?: { min?: number; max?: number };
  pattern?: string;
}
export interface EnumShape extends Documented {
  kind: 'enum';
  values: string[];
}
export interface IntegerShape extends Documented {
  kind: 'integer';
  range?: { min?: number; max?: number };
}
export interface BooleanShape extends Documented {
  kind: 'boolean';
}
export interface TimestampShape extends Documented {
  kind: 'timestamp';
}
export interface ListShape extends Documented {
  kind: 'list';
  member: string;
  length?: { min?: number; max?: number };
}
export interface MemberIR extends Documented {
  target: string;
  required: boolean;
}
export interface ErrorTraits {
  /** HTTP status code the model states, or null when this rendering does not carry one. */
  httpStatus: number | null;
  fault: 'client' | 'server';
}
export interface StructureShape extends Documented {
  kind: 'structure';
  members: Record<string, MemberIR>;
  error?: ErrorTraits;
}

export interface OperationIR {
  name: string;
  input: string;
  output: string;
  errors: string[];
  paginated?: { inputToken: string; outputToken: string; pageSize: string };
}

export interface ModelIR {
  format: 'smithy' | 'botocore';
  namespace: string;
  serviceName: string;
  targetPrefix: string;
  apiVersion: string;
  operations: Record<string, OperationIR>;
  shapes: Record<string, ShapeIR>;
}

/** The operations this suite covers; the contract is the closure of shapes they reach. */
export const CONNECTION_OPERATIONS = [
  'CreateConnection',
  'ListConnections',
  'DeleteConnection',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
] as const;
export type ConnectionOperation = (typeof CONNECTION_OPERATIONS)[number];

/** A user mistake (bad path, bad file): reported as one line, exit code 2, no stack trace. */
export class ModelInputError extends Error {}

// Structural checks of the model document. A model file of the wrong structure is a user error
// like a missing file: it ends in a ModelInputError naming where in the file the structure is
// wrong, e.g. `model: shapes["x#Y"] is null, expected an object`, never in a TypeError.

export type JsonObject = Record<string, unknown>;

/** `[${JSON}]`: a key as it appears in a path of the model document. */
export const at = (key: string): string => `[${JSON.stringify(key)}]`;

const what = (value: unknown): string =>
  value === undefined
    ? 'missing'
    : value === null
      ? 'null'
      : Array.isArray(value)
        ? 'an array'
        : typeof value === 'object'
          ? 'an object'
          : `${JSON.stringify(value).slice(0, 40)} (a ${typeof value})`;

/** `model: <path> is <what it is>, expected <expected>`. */
export function wrongAt(path: string, value: unknown, expected: string): ModelInputError {
  return new ModelInputError(`model: ${path} is ${what(value)}, expected ${expected}`);
}

export const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The own member `key` of `object` (never one inherited from Object.prototype). */
export const own = (object: JsonObject, key: string): unknown =>
  Object.hasOwn(object, key) ? object[key] : undefined;

export function objectAt(value: unknown, path: string): JsonObject {
  if (isObject(value)) return value;
  throw wrongAt(path, value, 'an object');
}

export function stringAt(value: unknown, path: string): string {
  if (typeof value === 'string') return value;
  throw wrongAt(path, value, 'a string');
}

export function arrayAt(value: unknown, path: string): unknown[] {
  if (Array.isArray(value)) return value;
  throw wrongAt(path, value, 'an array');
}

/** A finite number, or undefined when absent. */
export function optionalNumberAt(value: unknown, path: string): number | undefined {
  if (value === undefined || (typeof value === 'number' && Number.isFinite(value))) return value;
  throw wrongAt(path, value, 'a number');
}

export const optionalObjectAt = (value: unknown, path: string): JsonObject | undefined =>
  value === undefined ? undefined : objectAt(value, path);

export const optionalStringAt = (value: unknown, path: string): string | undefined =>
  value === undefined ? undefined : stringAt(value, path);

export const optionalArrayAt = (value: unknown, path: string): unknown[] | undefined =>
  value === undefined ? undefined : arrayAt(value, path);

/**
 * `{ min?, max? }` of a length or range (a Smithy trait, or a botocore shape, which carries its
 * bounds itself), or undefined when absent or when it bounds nothing.
 */
export function boundsAt(value: unknown, path: string): { min?: number; max?: number } | undefined {
  const o = optionalObjectAt(value, path);
  if (!o) return undefined;
  const min = optionalNumberAt(o.min, `${path}.min`);
  const max = optionalNumberAt(o.max, `${path}.max`);
  if (min === undefined && max === undefined) return undefined;
  return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
}

/** A regular expression the schemas can carry (ECMAScript, unicode mode). */
export function patternAt(value: unknown, path: string): string {
  const pattern = stringAt(value, path);
  try {
    new RegExp(pattern, 'u');
  } catch (e) {
    throw new ModelInputError(
      `model: ${path} is not a valid ECMAScript regular expression (${(e as Error).message})`,
    );
  }
  return pattern;
}
