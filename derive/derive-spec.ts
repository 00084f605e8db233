// model -> spec: renders every file of spec/derived/ as (relative path, exact bytes).
import { basename } from 'node:path';
import type { LoadedModel } from './load-model.js';
import { CONNECTION_OPERATIONS, type ModelIR } from './model-ir.js';
import { constraintRequirements } from './render-requirements.js';
import { errorSchema, messageSchema, shapesSchema } from './render-schemas.js';
import { DERIVE_SPEC_VERSION } from './version.js';

/** Where the pinned model came from; spec/model-source.json holds it. */
export interface ModelSource {
  path: string;
  repository: string;
  repositoryPath: string;
  commit: string;
  sha256: string;
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function errorNames(ir: ModelIR): string[] {
  return [...new Set(Object.values(ir.operations).flatMap((o) => o.errors))].sort();
}

export function deriveSpec(
  model: LoadedModel,
  modelPath: string,
  pin: ModelSource,
  commit?: string,
): Map<string, string> {
  const { ir } = model;
  const pinned = model.sha256 === pin.sha256;
  const files = new Map<string, string>();

  files.set(
    'provenance.json',
    json({
      model: {
        format: ir.format,
        source: pinned ? `${pin.repository}:${pin.repositoryPath}` : basename(modelPath),
        commit: commit ?? (pinned ? pin.commit : 'unknown'),
        sha256: model.sha256,
        service: `${ir.namespace}#${ir.serviceName}`,
        apiVersion: ir.apiVersion,
      },
      deriveSpecVersion: DERIVE_SPEC_VERSION,
    }),
  );

  const operations = CONNECTION_OPERATIONS.map((name) => {
    const op = ir.operations[name];
    if (!op) throw new Error(`IR lacks operation ${name}`);
    return {
      name,
      target: `${ir.targetPrefix}.${name}`,
      input: op.input,
      output: op.output,
      errors: op.errors,
      ...(op.paginated && { paginated: op.paginated }),
    };
  });
  files.set(
    'operations.json',
    json({
      protocol: 'awsJson1_0',
      contentType: 'application/x-amz-json-1.0',
      namespace: ir.namespace,
      targetPrefix: ir.targetPrefix,
      operations,
    }),
  );

  files.set(
    'errors.json',
    json({
      errors: errorNames(ir).map((name) => {
        const shape = ir.shapes[name];
        const error = shape?.kind === 'structure' ? shape.error : undefined;
        return {
          name,
          shapeId: `${ir.namespace}#${name}`,
          httpStatus: error?.httpStatus ?? null,
          fault: error?.fault ?? 'client',
        };
      }),
    }),
  );

  for (const op of operations) {
    files.set(`schemas/${op.input}.schema.json`, json(messageSchema(ir, op.input, 'request')));
    files.set(`schemas/${op.output}.schema.json`, json(messageSchema(ir, op.output, 'response')));
  }
  for (const name of errorNames(ir)) {
    files.set(`schemas/${name}.schema.json`, json(errorSchema(ir, name)));
  }
  const roots = operations.flatMap((o) => [o.input, o.output, ...o.errors]);
  files.set('shapes.schema.json', json(shapesSchema(ir, roots)));
  files.set('constraint-requirements.json', json({ requirements: constraintRequirements(ir) }));
  return new Map([...files.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
