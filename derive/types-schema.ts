// spec/derived/shapes.schema.json as json-schema-to-typescript is given it, so that every type and
// member it emits carries a TSDoc comment saying what it holds. A type's comment is the model's
// documentation of the shape (the schema's description), what the shape is for (an operation's
// input or output, an error's body) and what the schema allows; a member the model does not
// document gets what its type allows. The spec itself stays a plain JSON Schema: the workarounds
// for the compiler are made here.
import { tsdocCode, tsdocText } from './tsdoc-text.js';

type Schema = Record<string, unknown>;

export interface OperationsIndex {
  operations: readonly { name: string; input: string; output: string }[];
}
export interface ErrorsIndex {
  errors: readonly { name: string; httpStatus: number | null; fault: string }[];
}

const DEFS = '#/$defs/';

const refName = (s: Schema): string | undefined =>
  typeof s.$ref === 'string' && s.$ref.startsWith(DEFS) ? s.$ref.slice(DEFS.length) : undefined;

const num = (v: unknown): number | undefined => (typeof v === 'number' ? v : undefined);

/** "4 to 32", "at most 600", "at least 1", or undefined when unbounded. */
function bounds(min: number | undefined, max: number | undefined): string | undefined {
  if (min !== undefined && max !== undefined) return min === max ? `${min}` : `${min} to ${max}`;
  if (max !== undefined) return `at most ${max}`;
  if (min !== undefined) return `at least ${min}`;
  return undefined;
}

/** What the schema of one shape allows, as a noun phrase; undefined for a structure. */
export function allowedPhrase(def: Schema): string | undefined {
  if (Array.isArray(def.enum))
    return `one of ${def.enum.map((v) => tsdocCode(String(v))).join(', ')}`;
  switch (def.type) {
    case 'string': {
      const length = bounds(num(def.minLength), num(def.maxLength));
      const pattern = typeof def.pattern === 'string' ? def.pattern : undefined;
      return [
        'a string',
        length && ` of ${length} characters (code points)`,
        pattern && `${length ? ',' : ''} matching ${tsdocCode(pattern)}`,
      ].join('');
    }
    case 'integer': {
      const [min, max] = [num(def.minimum), num(def.maximum)];
      if (min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
      const range = bounds(min, max);
      return range ? `an integer, ${range}` : 'an integer';
    }
    // The TypeScript type says as much; a description (Timestamp's) says more.
    case 'number':
      return def.description === undefined ? 'a number' : undefined;
    case 'boolean':
      return def.description === undefined ? 'a boolean' : undefined;
    case 'array': {
      const item = refName((def.items ?? {}) as Schema);
      const count = bounds(num(def.minItems), num(def.maxItems));
      return `a list${count ? ` of ${count}` : ''}${item ? ` of ${tsdocCode(item)}` : ''}`;
    }
    default:
      return undefined;
  }
}

const sentence = (phrase: string | undefined): string | undefined =>
  phrase && `${phrase[0]!.toUpperCase()}${phrase.slice(1)}.`;

/** What each shape is for in the operations: their inputs, outputs and error bodies. */
function roles(operations: OperationsIndex, errors: ErrorsIndex): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const add = (shape: string, role: string) => out.set(shape, [...(out.get(shape) ?? []), role]);
  for (const op of operations.operations) {
    add(op.input, `The input of the ${tsdocCode(op.name)} operation.`);
    add(op.output, `The output of the ${tsdocCode(op.name)} operation.`);
  }
  for (const e of errors.errors) {
    const status = e.httpStatus === null ? '' : `HTTP ${e.httpStatus}, `;
    add(e.name, `The body of the ${tsdocCode(e.name)} error (${status}a ${e.fault} fault).`);
  }
  return out;
}

const paragraphs = (...parts: (string | undefined)[]): string =>
  parts.filter((p) => p !== undefined && p !== '').join('\n\n');

/** The model's own description of a shape or member, escaped for TSDoc. */
const described = (s: Schema): string | undefined =>
  typeof s.description === 'string' ? tsdocText(s.description) : undefined;

/** What a member holds when the model does not document it: what its type allows. */
function memberFallback(target: string, def: Schema): string {
  if (def.type === 'object') {
    return `${/^[aeiou]/i.test(target) ? 'An' : 'A'} ${tsdocCode(target)} structure.`;
  }
  const allowed = allowedPhrase(def);
  if (allowed) return `${tsdocCode(target)}: ${allowed}.`;
  return `${tsdocCode(target)}: ${described(def) ?? 'see its type.'}`;
}

/**
 * A member, as the compiler is to see it. A $ref with a description beside it (a member the
 * model documents) is compiled into a second, numbered copy of the referenced type; wrapped in
 * an allOf it stays the referenced type and keeps its comment.
 */
function member(property: Schema, defs: Record<string, Schema>): Schema {
  const target = refName(property);
  if (target === undefined) return property;
  const { $ref, ...rest } = property;
  return {
    ...rest,
    allOf: [{ $ref }],
    description: described(property) ?? memberFallback(target, defs[target] ?? {}),
  };
}

export function typesSchema(
  shapes: Schema,
  operations: OperationsIndex,
  errors: ErrorsIndex,
): Schema {
  const defs = (shapes.$defs ?? {}) as Record<string, Schema>;
  const roleOf = roles(operations, errors);
  const $defs = Object.fromEntries(
    Object.entries(defs).map(([name, def]) => {
      const properties = def.properties as Record<string, Schema> | undefined;
      const description =
        paragraphs(described(def), ...(roleOf.get(name) ?? []), sentence(allowedPhrase(def))) ||
        `The ${tsdocCode(name)} structure of the model.`;
      return [
        name,
        {
          ...def,
          description,
          ...(properties && {
            properties: Object.fromEntries(
              Object.entries(properties).map(([k, p]) => [k, member(p, defs)]),
            ),
          }),
        },
      ];
    }),
  );
  // The root holds every shape by name, so that no definition is "unreachable" (which the
  // compiler notes in each type's comment) and the root type is a map of the shapes rather than
  // an undocumented index signature.
  const names = Object.keys(defs);
  return {
    ...shapes,
    description:
      `${described(shapes) ?? ''}\n\nEach member is the type of the shape of its name.`.trim(),
    type: 'object',
    properties: Object.fromEntries(
      names.map((n) => [
        n,
        { allOf: [{ $ref: `${DEFS}${n}` }], description: `The ${tsdocCode(n)} shape.` },
      ]),
    ),
    required: names,
    additionalProperties: false,
    $defs,
  };
}
