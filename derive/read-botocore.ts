// Reads botocore's service-2 rendering of the model into the neutral IR. That rendering drops
// the ^...$ anchors of patterns and states no HTTP status for errors, so patterns are re-anchored
// (see reanchor) and error statuses are left null rather than guessed.
import {
  CONNECTION_OPERATIONS,
  ModelInputError,
  type MemberIR,
  type ModelIR,
  type OperationIR,
  type ShapeIR,
} from './model-ir.js';

interface BotoShape {
  type: string;
  min?: number;
  max?: number;
  pattern?: string;
  enum?: string[];
  member?: { shape: string };
  members?: Record<string, { shape: string }>;
  required?: string[];
  exception?: boolean;
  fault?: boolean;
  error?: { httpStatusCode?: number };
}
interface BotoModel {
  metadata: {
    serviceId?: string;
    targetPrefix?: string;
    apiVersion?: string;
    endpointPrefix?: string;
  };
  operations: Record<
    string,
    {
      input?: { shape: string };
      output?: { shape: string };
      errors?: { shape: string }[];
    }
  >;
  shapes: Record<string, BotoShape>;
}

export function isBotocore(doc: unknown): doc is BotoModel {
  return (
    typeof doc === 'object' &&
    doc !== null &&
    'metadata' in doc &&
    'operations' in doc &&
    'shapes' in doc
  );
}

/**
 * Restores full-match meaning to a pattern whose anchors botocore dropped. A pattern that matches
 * the empty string (".*") matches every string when unanchored, and botocore cannot tell whether
 * the original was anchored; it is kept as it is, which is also the Smithy model's meaning.
 */
export function reanchor(pattern: string): string {
  if (new RegExp(pattern, 'u').test('')) return pattern;
  let core = pattern;
  if (core.startsWith('^')) core = core.slice(1);
  if (core.endsWith('$') && !core.endsWith('\\$')) core = core.slice(0, -1);
  return `^${core}$`;
}

export function readBotocore(doc: BotoModel, paginators?: unknown): ModelIR {
  if (doc.metadata.serviceId !== 'AppRunner') {
    throw new ModelInputError(
      `the botocore model is for service "${doc.metadata.serviceId ?? '?'}", not AppRunner`,
    );
  }
  const shapes: Record<string, ShapeIR> = {};
  const operations: Record<string, OperationIR> = {};
  const get = (name: string): BotoShape => {
    const s = doc.shapes[name];
    if (!s) throw new ModelInputError(`the botocore model references a missing shape ${name}`);
    return s;
  };
  const length = (s: BotoShape) =>
    s.min === undefined && s.max === undefined
      ? undefined
      : { ...(s.min !== undefined && { min: s.min }), ...(s.max !== undefined && { max: s.max }) };

  const visit = (name: string): void => {
    if (shapes[name]) return;
    const s = get(name);
    const len = length(s);
    switch (s.type) {
      case 'string':
        shapes[name] = s.enum
          ? { kind: 'enum', values: [...s.enum] }
          : {
              kind: 'string',
              ...(len && { length: len }),
              ...(s.pattern !== undefined && { pattern: reanchor(s.pattern) }),
            };
        return;
      case 'integer':
      case 'long':
        shapes[name] = { kind: 'integer', ...(len && { range: len }) };
        return;
      case 'boolean':
        shapes[name] = { kind: 'boolean' };
        return;
      case 'timestamp':
        shapes[name] = { kind: 'timestamp' };
        return;
      case 'list': {
        if (!s.member) throw new ModelInputError(`list shape ${name} has no member`);
        shapes[name] = { kind: 'list', member: s.member.shape, ...(len && { length: len }) };
        visit(s.member.shape);
        return;
      }
      case 'structure': {
        const required = new Set(s.required ?? []);
        const members: Record<string, MemberIR> = {};
        for (const [m, def] of Object.entries(s.members ?? {})) {
          members[m] = { target: def.shape, required: required.has(m) };
        }
        shapes[name] = {
          kind: 'structure',
          members,
          ...(s.exception && {
            error: {
              fault: s.fault ? 'server' : 'client',
              httpStatus: s.error?.httpStatusCode ?? null,
            },
          }),
        };
        for (const def of Object.values(s.members ?? {})) visit(def.shape);
        return;
      }
      default:
        throw new ModelInputError(
          `shape ${name} has type ${s.type}, which derive-spec does not map`,
        );
    }
  };

  const pages =
    (
      paginators as {
        pagination?: Record<string, OperationIR['paginated'] & { limitKey?: string }>;
      }
    )?.pagination ?? {};
  for (const op of CONNECTION_OPERATIONS) {
    const o = doc.operations[op];
    if (!o) throw new ModelInputError(`the App Runner model has no ${op} operation`);
    if (!o.input || !o.output) throw new ModelInputError(`operation ${op} lacks input or output`);
    const page = pages[op] as { input_token?: string; output_token?: string; limit_key?: string };
    operations[op] = {
      name: op,
      input: o.input.shape,
      output: o.output.shape,
      errors: (o.errors ?? []).map((e) => e.shape).sort(),
      ...(page?.input_token && {
        paginated: {
          inputToken: page.input_token,
          outputToken: page.output_token ?? page.input_token,
          pageSize: page.limit_key ?? 'MaxResults',
        },
      }),
    };
    visit(o.input.shape);
    visit(o.output.shape);
    for (const e of o.errors ?? []) visit(e.shape);
  }
  return {
    format: 'botocore',
    // botocore does not carry the Smithy namespace; AWS models use com.amazonaws.<prefix>.
    namespace: `com.amazonaws.${doc.metadata.endpointPrefix ?? 'apprunner'}`,
    serviceName: doc.metadata.targetPrefix ?? 'AppRunner',
    targetPrefix: doc.metadata.targetPrefix ?? 'AppRunner',
    apiVersion: doc.metadata.apiVersion ?? 'unknown',
    operations,
    shapes,
  };
}
