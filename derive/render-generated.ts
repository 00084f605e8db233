// spec -> generated: renders every file of generated/ from spec/ alone, as (path, exact bytes).
// The ajv validators are emitted as standalone CommonJS (ajv's ESM output still calls require()
// for its runtime helpers), with a hand-shaped .d.cts so TypeScript sees their types.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';
import { appendErrorsInPlace, stopAtErrorLimit } from './bound-errors.js';

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

function validatorsDts(names: string[]): string {
  const lines = names.map((n) => `export declare const ${n}: Validator;`);
  return `${banner(sourcesOf('messageSchemas'))}
import type { ErrorObject } from 'ajv';

export interface Validator {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
${lines.join('\n')}
`;
}

function contractTs(spec: SpecFiles): string {
  const c = (name: string, value: unknown): string =>
    `export const ${name} = ${JSON.stringify(value, null, 2)} as const;\n`;
  return `${banner(sourcesOf('operations', 'errors', 'provenance', 'requirementIds'))}
// The derived indexes as typed constants, so that operation, error and requirement names are
// checked by the compiler wherever they are cited.

${c('OPERATIONS', spec.operations)}
${c('ERRORS', spec.errors)}
${c('PROVENANCE', spec.provenance)}
${c('REQUIREMENT_IDS', spec.requirementIds)}
export type OperationName = (typeof OPERATIONS)['operations'][number]['name'];
export type ErrorName = (typeof ERRORS)['errors'][number]['name'];
export type RequirementId = (typeof REQUIREMENT_IDS)[number];
`;
}

export async function renderGenerated(specDir: string): Promise<Map<string, string>> {
  const spec = readSpec(specDir);
  const types = await compile(spec.shapesSchema, 'AppRunnerConnectionShapes', {
    bannerComment: `${banner(sourcesOf('shapesSchema'))}\n// Wire shapes of the connection operations, as the model defines them.`,
    additionalProperties: false,
    unreachableDefinitions: true,
    declareExternallyReferenced: true,
    format: true,
    style: { singleQuote: true, printWidth: 100, trailingComma: 'all' },
  });
  const names = Object.keys(spec.messageSchemas);
  return new Map([
    ['contract.ts', contractTs(spec)],
    ['types.ts', types],
    ['validators.cjs', validatorsCjs(spec.messageSchemas)],
    ['validators.d.cts', validatorsDts(names)],
  ]);
}
