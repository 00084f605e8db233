// Renders JSON Schema (draft 2020-12) from the IR. Each message schema is self-contained: its
// root is a $ref to its own shape in $defs, so every validation error's schemaPath names the
// shape and keyword it broke (see contract/requirement-of.ts). Requests are closed (exact);
// responses and errors are open, so a service that adds members stays conformant.
import { documentationText } from './documentation-text.js';
import type { ModelIR, ShapeIR } from './model-ir.js';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';
export type Context = 'request' | 'response';
type Schema = Record<string, unknown>;

const ref = (name: string): Schema => ({ $ref: `#/$defs/${name}` });

function shapeSchema(name: string, shape: ShapeIR, context: Context): Schema {
  switch (shape.kind) {
    case 'string':
      // JSON Schema counts string length in code points, as Smithy's @length does.
      return {
        title: name,
        type: 'string',
        // A minimum of 0 is no constraint; leaving it out makes both model renderings agree.
        ...(shape.length?.min && { minLength: shape.length.min }),
        ...(shape.length?.max !== undefined && { maxLength: shape.length.max }),
        ...(shape.pattern !== undefined && { pattern: shape.pattern }),
      };
    case 'enum':
      return { title: name, type: 'string', enum: shape.values };
    case 'integer':
      return {
        title: name,
        type: 'integer',
        ...(shape.range?.min !== undefined && { minimum: shape.range.min }),
        ...(shape.range?.max !== undefined && { maximum: shape.range.max }),
      };
    case 'boolean':
      return { title: name, type: 'boolean' };
    case 'timestamp':
      // awsJson1_0 sends timestamps as epoch seconds, a JSON number that may be fractional.
      return { title: name, type: 'number', description: 'Epoch seconds.' };
    case 'list':
      return {
        title: name,
        type: 'array',
        items: ref(shape.member),
        ...(shape.length?.min !== undefined && { minItems: shape.length.min }),
        ...(shape.length?.max !== undefined && { maxItems: shape.length.max }),
      };
    case 'structure': {
      const members = Object.entries(shape.members);
      const required = members.filter(([, m]) => m.required).map(([n]) => n);
      return {
        title: name,
        type: 'object',
        properties: Object.fromEntries(members.map(([n, m]) => [n, ref(m.target)])),
        ...(required.length > 0 && { required }),
        additionalProperties: context === 'response',
      };
    }
  }
}

/** Names of all shapes reachable from `root`, root first, the rest sorted. */
export function closure(ir: ModelIR, root: string): string[] {
  const seen = new Set<string>();
  const walk = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const s = ir.shapes[name];
    if (s?.kind === 'list') walk(s.member);
    if (s?.kind === 'structure') for (const m of Object.values(s.members)) walk(m.target);
  };
  walk(root);
  const [first, ...rest] = [...seen];
  return [first as string, ...rest.sort()];
}

function defs(ir: ModelIR, names: string[], context: Context): Schema {
  return Object.fromEntries(
    names.map((n) => [n, shapeSchema(n, ir.shapes[n] as ShapeIR, context)]),
  );
}

export function messageSchema(ir: ModelIR, shape: string, context: Context): Schema {
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: `${shape}.schema.json`,
    title: shape,
    $ref: `#/$defs/${shape}`,
    $defs: defs(ir, closure(ir, shape), context),
  };
}

/**
 * An error as it travels: the modeled members plus `__type`, which names the error bare or with
 * its namespace (`ns#Name`), optionally followed by `:` and more, the forms clients accept.
 */
export function errorSchema(ir: ModelIR, shape: string): Schema {
  const schema = messageSchema(ir, shape, 'response');
  const $defs = schema.$defs as Record<string, Schema>;
  const root = $defs[shape] as Schema;
  $defs[shape] = {
    ...root,
    properties: {
      __type: { type: 'string', pattern: `^(?:[A-Za-z0-9_.]+#)?${shape}(?::.*)?$` },
      ...(root.properties as Schema),
    },
    required: ['__type', ...((root.required as string[] | undefined) ?? [])],
  };
  return schema;
}

const paragraphs = (...texts: unknown[]): string | undefined =>
  texts.filter((t): t is string => typeof t === 'string' && t !== '').join('\n\n') || undefined;

const textOf = (d: { documentation?: string }): string | undefined =>
  d.documentation === undefined ? undefined : documentationText(d.documentation);

/**
 * `schema` with the model's documentation of the shape (after its title) and of its members as
 * descriptions; every other keyword stays where it was.
 */
function documented(schema: Schema, shape: ShapeIR): Schema {
  const members = shape.kind === 'structure' ? shape.members : {};
  const text = paragraphs(textOf(shape), schema.description);
  const { description: _replaced, ...rest } = schema;
  return Object.fromEntries(
    Object.entries(rest).flatMap(([key, value]): [string, unknown][] => {
      if (key === 'title')
        return text
          ? [
              [key, value],
              ['description', text],
            ]
          : [[key, value]];
      if (key !== 'properties') return [[key, value]];
      const properties = Object.entries(value as Record<string, Schema>).map(([name, p]) => {
        const member = members[name];
        const memberText = member && textOf(member);
        return [name, memberText ? { ...p, description: memberText } : p];
      });
      return [[key, Object.fromEntries(properties)]];
    }),
  );
}

/**
 * Every shape once, closed: the source of the generated TypeScript types. Only here do shapes
 * and members carry the model's documentation: the message schemas are compiled into the
 * validators, which would carry every description in their code.
 */
export function shapesSchema(ir: ModelIR, roots: string[]): Schema {
  const names = [...new Set(roots.flatMap((r) => closure(ir, r)))].sort();
  const plain = defs(ir, names, 'request');
  return {
    $schema: JSON_SCHEMA_DIALECT,
    $id: 'shapes.schema.json',
    title: 'AppRunnerConnectionShapes',
    description: 'Every shape the connection operations reach, as the model defines it.',
    $defs: Object.fromEntries(
      names.map((n) => [n, documented(plain[n] as Schema, ir.shapes[n] as ShapeIR)]),
    ),
  };
}
