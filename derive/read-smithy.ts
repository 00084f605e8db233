// Reads the Smithy 2.0 JSON AST rendering of the App Runner model into the neutral IR.
import {
  CONNECTION_OPERATIONS,
  ModelInputError,
  type MemberIR,
  type ModelIR,
  type OperationIR,
  type ShapeIR,
} from './model-ir.js';

interface SmithyShape {
  type: string;
  traits?: Record<string, unknown>;
  members?: Record<string, { target: string; traits?: Record<string, unknown> }>;
  member?: { target: string };
  input?: { target: string };
  output?: { target: string };
  errors?: { target: string }[];
}

export function isSmithyAst(doc: unknown): boolean {
  return typeof doc === 'object' && doc !== null && 'smithy' in doc && 'shapes' in doc;
}

export function readSmithy(doc: { shapes: Record<string, SmithyShape> }): ModelIR {
  const entries = Object.entries(doc.shapes);
  const service = entries.find(
    ([, s]) =>
      s.type === 'service' &&
      (s.traits?.['aws.api#service'] as { sdkId?: string } | undefined)?.sdkId === 'AppRunner',
  );
  if (!service) {
    throw new ModelInputError('the Smithy model has no App Runner service shape (sdkId AppRunner)');
  }
  const [serviceId, serviceShape] = service;
  const namespace = serviceId.slice(0, serviceId.indexOf('#'));
  const local = (id: string): string => id.slice(id.indexOf('#') + 1);
  const get = (id: string): SmithyShape => {
    const shape = doc.shapes[id];
    if (!shape) throw new ModelInputError(`the Smithy model references a missing shape ${id}`);
    return shape;
  };

  const shapes: Record<string, ShapeIR> = {};
  const operations: Record<string, OperationIR> = {};

  const visit = (id: string): void => {
    if (!id.startsWith(`${namespace}#`) || shapes[local(id)]) return;
    const s = get(id);
    const name = local(id);
    const traits = s.traits ?? {};
    const length = traits['smithy.api#length'] as { min?: number; max?: number } | undefined;
    switch (s.type) {
      case 'string': {
        const pattern = traits['smithy.api#pattern'] as string | undefined;
        shapes[name] = { kind: 'string', ...(length && { length }), ...(pattern && { pattern }) };
        return;
      }
      case 'enum': {
        const values = Object.entries(s.members ?? {}).map(
          ([member, m]) => (m.traits?.['smithy.api#enumValue'] as string | undefined) ?? member,
        );
        shapes[name] = { kind: 'enum', values };
        return;
      }
      case 'integer':
      case 'long': {
        const range = traits['smithy.api#range'] as { min?: number; max?: number } | undefined;
        shapes[name] = { kind: 'integer', ...(range && { range }) };
        return;
      }
      case 'boolean':
        shapes[name] = { kind: 'boolean' };
        return;
      case 'timestamp':
        shapes[name] = { kind: 'timestamp' };
        return;
      case 'list': {
        const member = s.member?.target;
        if (!member) throw new ModelInputError(`list shape ${id} has no member`);
        shapes[name] = { kind: 'list', member: local(member), ...(length && { length }) };
        visit(member);
        return;
      }
      case 'structure': {
        const members: Record<string, MemberIR> = {};
        for (const [m, def] of Object.entries(s.members ?? {})) {
          members[m] = {
            target: local(def.target),
            required: def.traits?.['smithy.api#required'] !== undefined,
          };
        }
        const fault = traits['smithy.api#error'] as 'client' | 'server' | undefined;
        const status = traits['smithy.api#httpError'] as number | undefined;
        shapes[name] = {
          kind: 'structure',
          members,
          // Smithy's default when httpError is absent: 400 for client errors, 500 for server.
          ...(fault && {
            error: { fault, httpStatus: status ?? (fault === 'client' ? 400 : 500) },
          }),
        };
        for (const def of Object.values(s.members ?? {})) visit(def.target);
        return;
      }
      default:
        throw new ModelInputError(`shape ${id} has type ${s.type}, which derive-spec does not map`);
    }
  };

  const serviceOps = new Set(
    ((serviceShape as { operations?: { target: string }[] }).operations ?? []).map((o) =>
      local(o.target),
    ),
  );
  for (const op of CONNECTION_OPERATIONS) {
    if (!serviceOps.has(op)) {
      throw new ModelInputError(`the App Runner model has no ${op} operation`);
    }
    const s = get(`${namespace}#${op}`);
    if (!s.input || !s.output) throw new ModelInputError(`operation ${op} lacks input or output`);
    const paginated = s.traits?.['smithy.api#paginated'] as OperationIR['paginated'];
    operations[op] = {
      name: op,
      input: local(s.input.target),
      output: local(s.output.target),
      errors: (s.errors ?? []).map((e) => local(e.target)).sort(),
      ...(paginated && { paginated }),
    };
    visit(s.input.target);
    visit(s.output.target);
    for (const e of s.errors ?? []) visit(e.target);
  }

  return {
    format: 'smithy',
    namespace,
    serviceName: local(serviceId),
    targetPrefix: local(serviceId),
    apiVersion: (serviceShape as { version?: string }).version ?? 'unknown',
    operations,
    shapes,
  };
}
