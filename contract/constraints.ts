// Constraint values read from the derived shapes schema, so that generators and the emulator use
// the model's numbers and patterns rather than retyped literals.
import shapes from '../spec/derived/shapes.schema.json' with { type: 'json' };

interface ShapeDef {
  type?: string;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
}
const defs = shapes.$defs as Record<string, ShapeDef>;

function def(name: string): ShapeDef {
  const d = defs[name];
  if (!d) throw new Error(`shape ${name} is not in spec/derived/shapes.schema.json`);
  return d;
}

/** The length and pattern the model gives a string shape. */
export interface StringConstraint {
  /** Length bounds in code points; minLength 0 when the model states none. */
  minLength: number;
  maxLength: number;
  /** The model's pattern (ECMAScript, unicode mode), or undefined. */
  pattern: string | undefined;
}

/**
 * The length bounds and pattern of a string shape of the model.
 *
 * @param name - A shape name, such as `ConnectionName`.
 * @throws Error when the model has no such string shape.
 */
export function stringConstraint(name: string): StringConstraint {
  const d = def(name);
  if (d.type !== 'string' || d.enum) throw new Error(`shape ${name} is not a plain string`);
  return {
    minLength: d.minLength ?? 0,
    maxLength: d.maxLength ?? Number.MAX_SAFE_INTEGER,
    pattern: d.pattern,
  };
}

/**
 * The values of an enum shape, such as `ProviderType`.
 *
 * @throws Error when the shape is not an enum.
 */
export function enumValues(name: string): readonly string[] {
  const d = def(name);
  if (!d.enum) throw new Error(`shape ${name} is not an enum`);
  return d.enum;
}

/**
 * The bounds of an integer shape, such as `MaxResults`; an unbounded side is the safe-integer limit.
 *
 * @throws Error when the shape is not an integer.
 */
export function integerRange(name: string): { minimum: number; maximum: number } {
  const d = def(name);
  if (d.type !== 'integer') throw new Error(`shape ${name} is not an integer`);
  return {
    minimum: d.minimum ?? Number.MIN_SAFE_INTEGER,
    maximum: d.maximum ?? Number.MAX_SAFE_INTEGER,
  };
}

/** The model's pattern as a RegExp with the semantics JSON Schema gives it (unicode, unanchored search). */
export function patternRegExp(name: string): RegExp | undefined {
  const p = stringConstraint(name).pattern;
  return p === undefined ? undefined : new RegExp(p, 'u');
}
