// spec -> generated: renders every file of generated/ from spec/ alone, as (path, exact bytes).
// The ajv validators are emitted as standalone CommonJS (ajv's ESM output still calls require()
// for its runtime helpers), with a hand-shaped .d.cts so TypeScript sees their types. Every
// export, and every member of an exported interface, carries a TSDoc comment: they are the
// package's public surface (derive/generated-docs.test.ts holds them to it).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { appendErrorsInPlace, stopAtErrorLimit } from './bound-errors.js';
import { docComment } from './tsdoc-text.js';
import { typesSchema, type ErrorsIndex, type OperationsIndex } from './types-schema.js';

const banner = (from: string): string =>
  `// GENERATED FILE, do not edit. Made from ${from} by \`npm run generate\`.`;

/**
 * The spec files (relative to spec/) each part of SpecFiles is read from. readSpec reads them
 * from here and each generated file's first line names those of the parts it is made from, so
 * the two cannot disagree.
 */
export const SOURCES = {
  messageSchemas: ['derived/schemas/*.schema.json'],
  shapesSchema: ['derived/shapes.schema.json'],
  operations: ['derived/operations.json'],
  errors: ['derived/errors.json'],
  provenance: ['derived/provenance.json'],
  requirementIds: ['requirements.json', 'derived/constraint-requirements.json'],
} as const;

/** "spec/a, spec/b and spec/c": the spec files `parts` are read from. */
export function sourcesOf(...parts: (keyof typeof SOURCES)[]): string {
  const paths = parts.flatMap((p) => SOURCES[p].map((f) => `spec/${f}`));
  return paths.length === 1
    ? (paths[0] as string)
    : `${paths.slice(0, -1).join(', ')} and ${paths.at(-1) as string}`;
}

interface SpecFiles {
  messageSchemas: Record<string, unknown>;
  shapesSchema: Record<string, unknown>;
  operations: unknown;
  errors: unknown;
  provenance: unknown;
  requirementIds: string[];
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

export function readSpec(specDir: string): SpecFiles {
  const read = (path: string): unknown => readJson(join(specDir, path));
  const schemasDir = join(specDir, dirname(SOURCES.messageSchemas[0]));
  const messageSchemas: Record<string, unknown> = {};
  for (const file of readdirSync(schemasDir).sort()) {
    messageSchemas[file.replace(/\.schema\.json$/, '')] = readJson(join(schemasDir, file));
  }
  return {
    messageSchemas,
    shapesSchema: read(SOURCES.shapesSchema[0]) as Record<string, unknown>,
    operations: read(SOURCES.operations[0]),
    errors: read(SOURCES.errors[0]),
    provenance: read(SOURCES.provenance[0]),
    requirementIds: SOURCES.requirementIds.flatMap((path) =>
      (read(path) as { requirements: { id: string }[] }).requirements.map((r) => r.id),
    ),
  };
}

function validatorsCjs(schemas: Record<string, unknown>): string {
  // allErrors: a value with several violations reports all of them, so a generator's claim that
  // it breaks exactly one rule can be verified. verbose: errors carry their parentSchema, whose
  // title names the shape (see contract/requirement-of.ts).
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    code: { source: true, esm: false },
  });
  const exports: Record<string, string> = {};
  for (const [name, schema] of Object.entries(schemas)) {
    ajv.addSchema(schema as object);
    exports[name] = `${name}.schema.json`;
  }
  return `${banner(sourcesOf('messageSchemas'))}\n${stopAtErrorLimit(appendErrorsInPlace(standalone.default(ajv, exports)))}\n`;
}

/** Whether a message schema refuses members its shape does not define (requests do). */
function isClosed(schema: unknown): boolean {
  const s = schema as { $ref?: string; $defs?: Record<string, { additionalProperties?: unknown }> };
  const root = s.$ref?.replace('#/$defs/', '') ?? '';
  return s.$defs?.[root]?.additionalProperties === false;
}

function validatorsDts(schemas: Record<string, unknown>): string {
  const lines = Object.entries(schemas).map(
    ([n, schema]) =>
      `${docComment(`Validates one \`${n}\` message against spec/derived/schemas/${n}.schema.json, ${isClosed(schema) ? 'refusing' : 'allowing'} members the model does not define.`)}
export declare const ${n}: Validator;`,
  );
  return `${banner(sourcesOf('messageSchemas'))}
import type { ErrorObject } from 'ajv';

/**
 * A precompiled validator of one message schema: it says whether a value is valid and keeps the
 * reasons it is not in \`errors\`.
 */
export interface Validator {
  /** Whether \`data\` is valid; sets \`errors\`. */
  (data: unknown): boolean;
  /** The violations found by the last call, or null when that value was valid. */
  errors?: ErrorObject[] | null;
}
${lines.join('\n')}
`;
}

function contractTs(spec: SpecFiles): string {
  const c = (name: string, doc: string, value: unknown): string =>
    `${docComment(doc)}\nexport const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`;
  const t = (name: string, doc: string, type: string): string =>
    `${docComment(doc)}\nexport type ${name} = ${type};\n`;
  // Examples from the spec itself, so that no comment names an operation the model dropped.
  const first = <T>(list: readonly T[], what: string): T => {
    if (list[0] === undefined) throw new Error(`spec/ has no ${what}`);
    return list[0];
  };
  const operation = first((spec.operations as OperationsIndex).operations, 'operation').name;
  const error = first((spec.errors as ErrorsIndex).errors, 'error').name;
  const behaviour = first(spec.requirementIds, 'requirement');
  const constraint = first(
    spec.requirementIds.filter((id) => id.startsWith('shape.')),
    'constraint requirement',
  );
  return `${banner(sourcesOf('operations', 'errors', 'provenance', 'requirementIds'))}
// The derived indexes as typed constants, so that operation, error and requirement names are
// checked by the compiler wherever they are cited.

${c(
  'OPERATIONS',
  'The connection operations as the model defines them: the protocol, content type and target prefix, and for each operation its target (the `X-Amz-Target` header), its input and output shapes, the errors it may return and, when it is paginated, its token and page-size members.',
  spec.operations,
)}
${c(
  'ERRORS',
  'The errors the connection operations may return, each with its shape id, the HTTP status the model gives it, and its fault (client or server).',
  spec.errors,
)}
${c(
  'PROVENANCE',
  'Where the contract comes from: the model (its format, source, commit, sha256, service and API version) and the version of the derivation that read it.',
  spec.provenance,
)}
${c(
  'REQUIREMENT_IDS',
  'The id of every requirement in the catalogue: the behavioural requirements first (spec/requirements.json), then the constraint requirements derived from the model (spec/derived/constraint-requirements.json).',
  spec.requirementIds,
)}
${t('OperationName', `The name of a connection operation, such as \`${operation}\`.`, "(typeof OPERATIONS)['operations'][number]['name']")}
${t('ErrorName', `The name of an error a connection operation may return, such as \`${error}\`.`, "(typeof ERRORS)['errors'][number]['name']")}
${t('RequirementId', `The id of a requirement in the catalogue, such as \`${behaviour}\` or \`${constraint}\`.`, '(typeof REQUIREMENT_IDS)[number]')}`;
}

export async function renderGenerated(specDir: string): Promise<Map<string, string>> {
  const spec = readSpec(specDir);
  const shapes = typesSchema(
    spec.shapesSchema,
    spec.operations as OperationsIndex,
    spec.errors as ErrorsIndex,
  );
  const types = await compile(shapes, 'AppRunnerConnectionShapes', {
    bannerComment: `${banner(sourcesOf('shapesSchema', 'operations', 'errors'))}\n// Wire shapes of the connection operations, as the model defines them.`,
    additionalProperties: false,
    // typesSchema's root reaches every shape, so none needs declaring as unreachable.
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    format: true,
    style: { singleQuote: true, printWidth: 100, trailingComma: 'all' },
  });
  return new Map([
    ['contract.ts', contractTs(spec)],
    ['types.ts', types],
    ['validators.cjs', validatorsCjs(spec.messageSchemas)],
    ['validators.d.cts', validatorsDts(spec.messageSchemas)],
  ]);
}
