// spec -> generated: renders every file of generated/ from spec/ alone, as (path, exact bytes).
// The ajv validators are emitted as standalone CommonJS (ajv's ESM output still calls require()
// for its runtime helpers), with a hand-shaped .d.cts so TypeScript sees their types.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import standalone from 'ajv/dist/standalone/index.js';
import { compile } from 'json-schema-to-typescript';

const banner = (from: string): string =>
  `// GENERATED FILE, do not edit. Made from ${from} by \`npm run generate\`.`;

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
  const derived = join(specDir, 'derived');
  const messageSchemas: Record<string, unknown> = {};
  for (const file of readdirSync(join(derived, 'schemas')).sort()) {
    messageSchemas[file.replace(/\.schema\.json$/, '')] = readJson(join(derived, 'schemas', file));
  }
  const constraint = readJson(join(derived, 'constraint-requirements.json')) as {
    requirements: { id: string }[];
  };
  const behaviour = readJson(join(specDir, 'requirements.json')) as {
    requirements: { id: string }[];
  };
  return {
    messageSchemas,
    shapesSchema: readJson(join(derived, 'shapes.schema.json')) as Record<string, unknown>,
    operations: readJson(join(derived, 'operations.json')),
    errors: readJson(join(derived, 'errors.json')),
    provenance: readJson(join(derived, 'provenance.json')),
    requirementIds: [...behaviour.requirements, ...constraint.requirements].map((r) => r.id),
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
  return `${banner('spec/derived/schemas/*.schema.json')}\n${standalone.default(ajv, exports)}\n`;
}

function validatorsDts(names: string[]): string {
  const lines = names.map((n) => `export declare const ${n}: Validator;`);
  return `${banner('spec/derived/schemas/*.schema.json')}
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
  return `${banner('spec/derived/{operations,errors,provenance}.json and spec/requirements.json')}
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
    bannerComment: `${banner('spec/derived/shapes.schema.json')}\n// Wire shapes of the connection operations, as the model defines them.`,
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
