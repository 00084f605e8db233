// Reads the Smithy 2 JSON AST rendering of the App Runner model into the neutral IR. Every part of
// the document it reads has its structure checked on the way (objectAt and the others in
// model-ir.ts), so a malformed file ends in a ModelInputError naming the place, not a TypeError.
import {
  CONNECTION_OPERATIONS,
  ModelInputError,
  arrayAt,
  at,
  boundsAt,
  isObject,
  objectAt,
  optionalArrayAt,
  optionalNumberAt,
  optionalObjectAt,
  optionalStringAt,
  own,
  patternAt,
  stringAt,
  wrongAt,
  type JsonObject,
  type MemberIR,
  type ModelIR,
  type OperationIR,
  type ShapeIR,
} from './model-ir.js';

/**
 * The AST versions read: Smithy IDL 2 ("2", "2.0"). A Smithy 1.0 AST means other things by the
 * same JSON (its enums are string shapes with the enum trait, its members are nullable by
 * default), so it is refused rather than read as if it were 2.
 */
const SUPPORTED_VERSION = /^2(?:\.\d+)?$/;

export function isSmithyAst(doc: unknown): doc is { smithy: unknown; shapes: JsonObject } {
  return isObject(doc) && 'smithy' in doc && isObject(doc.shapes);
}

interface Shape {
  /** Where the shape is in the document: shapes["ns#Name"]. */
  path: string;
  body: JsonObject;
  type: string;
  traits: JsonObject;
}

/** The shape id a reference ({ "target": id }) at `path` names. */
const target = (ref: unknown, path: string): string =>
  stringAt(objectAt(ref, path).target, `${path}.target`);

export function readSmithy(doc: { smithy: unknown; shapes: JsonObject }): ModelIR {
  const version = doc.smithy;
  if (typeof version !== 'string' || !SUPPORTED_VERSION.test(version)) {
    throw new ModelInputError(
      `model: "smithy": ${JSON.stringify(version)?.slice(0, 40)} is not a supported version; ` +
        `derive-spec reads Smithy 2 JSON ASTs only ("smithy": "2.0" or "2"), such as aws/api-models-aws publishes`,
    );
  }
  const shapeAt = (id: string): Shape => {
    const path = `shapes${at(id)}`;
    const body = objectAt(own(doc.shapes, id), path);
    return {
      path,
      body,
      type: stringAt(body.type, `${path}.type`),
      traits: optionalObjectAt(body.traits, `${path}.traits`) ?? {},
    };
  };
  const trait = (s: Shape, name: string): [unknown, string] => [
    own(s.traits, name),
    `${s.path}.traits${at(name)}`,
  ];

  const service = Object.keys(doc.shapes)
    .map((id) => [id, shapeAt(id)] as const)
    .find(([, s]) => {
      if (s.type !== 'service') return false;
      const sdkId = optionalObjectAt(...trait(s, 'aws.api#service'))?.sdkId;
      return sdkId === 'AppRunner';
    });
  if (!service) {
    throw new ModelInputError('the Smithy model has no App Runner service shape (sdkId AppRunner)');
  }
  const [serviceId, serviceShape] = service;
  const namespace = serviceId.slice(0, serviceId.indexOf('#'));
  const local = (id: string): string => id.slice(id.indexOf('#') + 1);
  /** The shape `from` (a path in the document) refers to. */
  const get = (id: string, from: string): Shape => {
    if (!Object.hasOwn(doc.shapes, id)) {
      throw new ModelInputError(`model: ${from} references the missing shape ${id}`);
    }
    return shapeAt(id);
  };

  const shapes: Record<string, ShapeIR> = {};
  const operations: Record<string, OperationIR> = {};

  const visit = (id: string, from: string): void => {
    if (!id.startsWith(`${namespace}#`)) {
      throw new ModelInputError(
        `model: ${from} references ${id}, outside the service's namespace ${namespace}; derive-spec maps only the service's own shapes`,
      );
    }
    const name = local(id);
    if (Object.hasOwn(shapes, name)) return;
    const s = get(id, from);
    const length = boundsAt(...trait(s, 'smithy.api#length'));
    switch (s.type) {
      case 'string': {
        const [enumTrait, enumPath] = trait(s, 'smithy.api#enum');
        if (enumTrait !== undefined) {
          // Smithy 2 still allows Smithy 1's enum trait on a string: a closed set of values,
          // just as an enum shape.
          const values = arrayAt(enumTrait, enumPath).map((e, i) =>
            stringAt(objectAt(e, `${enumPath}[${i}]`).value, `${enumPath}[${i}].value`),
          );
          shapes[name] = { kind: 'enum', values };
          return;
        }
        const [raw, patternPath] = trait(s, 'smithy.api#pattern');
        const pattern = raw === undefined ? undefined : patternAt(raw, patternPath);
        shapes[name] = { kind: 'string', ...(length && { length }), ...(pattern && { pattern }) };
        return;
      }
      case 'enum': {
        const members = optionalObjectAt(s.body.members, `${s.path}.members`) ?? {};
        const values = Object.entries(members).map(([member, m]) => {
          const path = `${s.path}.members${at(member)}`;
          const traits = optionalObjectAt(objectAt(m, path).traits, `${path}.traits`) ?? {};
          const value = own(traits, 'smithy.api#enumValue');
          return optionalStringAt(value, `${path}.traits["smithy.api#enumValue"]`) ?? member;
        });
        shapes[name] = { kind: 'enum', values };
        return;
      }
      case 'integer':
      case 'long': {
        const range = boundsAt(...trait(s, 'smithy.api#range'));
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
        const member = target(s.body.member, `${s.path}.member`);
        shapes[name] = { kind: 'list', member: local(member), ...(length && { length }) };
        visit(member, `${s.path}.member`);
        return;
      }
      case 'structure': {
        const defs = optionalObjectAt(s.body.members, `${s.path}.members`) ?? {};
        const members: Record<string, MemberIR> = {};
        const targets: [string, string][] = [];
        for (const [m, def] of Object.entries(defs)) {
          const path = `${s.path}.members${at(m)}`;
          const memberTarget = target(def, path);
          const traits = optionalObjectAt(objectAt(def, path).traits, `${path}.traits`) ?? {};
          const documentation = optionalStringAt(
            own(traits, 'smithy.api#documentation'),
            `${path}.traits["smithy.api#documentation"]`,
          );
          members[m] = {
            target: local(memberTarget),
            required: own(traits, 'smithy.api#required') !== undefined,
            ...(documentation !== undefined && { documentation }),
          };
          targets.push([memberTarget, path]);
        }
        const [fault, faultPath] = trait(s, 'smithy.api#error');
        if (fault !== undefined && fault !== 'client' && fault !== 'server') {
          throw wrongAt(faultPath, fault, '"client" or "server"');
        }
        const status = optionalNumberAt(...trait(s, 'smithy.api#httpError'));
        shapes[name] = {
          kind: 'structure',
          members,
          // Smithy's default when httpError is absent: 400 for client errors, 500 for server.
          ...(fault && {
            error: { fault, httpStatus: status ?? (fault === 'client' ? 400 : 500) },
          }),
        };
        for (const [memberTarget, path] of targets) visit(memberTarget, path);
        return;
      }
      default:
        throw new ModelInputError(`shape ${id} has type ${s.type}, which derive-spec does not map`);
    }
  };

  const serviceOpsPath = `${serviceShape.path}.operations`;
  const serviceOps = new Set(
    (optionalArrayAt(serviceShape.body.operations, serviceOpsPath) ?? []).map((o, i) =>
      local(target(o, `${serviceOpsPath}[${i}]`)),
    ),
  );
  for (const op of CONNECTION_OPERATIONS) {
    if (!serviceOps.has(op)) {
      throw new ModelInputError(`the App Runner model has no ${op} operation`);
    }
    const s = get(`${namespace}#${op}`, serviceOpsPath);
    if (s.type !== 'operation') throw wrongAt(`${s.path}.type`, s.type, '"operation"');
    if (s.body.input === undefined || s.body.output === undefined) {
      throw new ModelInputError(`operation ${op} lacks input or output`);
    }
    const input = target(s.body.input, `${s.path}.input`);
    const output = target(s.body.output, `${s.path}.output`);
    const errors = (optionalArrayAt(s.body.errors, `${s.path}.errors`) ?? []).map(
      (e, i) => [target(e, `${s.path}.errors[${i}]`), `${s.path}.errors[${i}]`] as const,
    );
    const [pages, pagesPath] = trait(s, 'smithy.api#paginated');
    const paginated = optionalObjectAt(pages, pagesPath);
    operations[op] = {
      name: op,
      input: local(input),
      output: local(output),
      errors: errors.map(([e]) => local(e)).sort(),
      ...(paginated && {
        paginated: {
          inputToken: stringAt(paginated.inputToken, `${pagesPath}.inputToken`),
          outputToken: stringAt(paginated.outputToken, `${pagesPath}.outputToken`),
          pageSize: stringAt(paginated.pageSize, `${pagesPath}.pageSize`),
        },
      }),
    };
    visit(input, `${s.path}.input`);
    visit(output, `${s.path}.output`);
    for (const [e, path] of errors) visit(e, path);
  }

  // Every shape's own documentation, once the walk has found them all (each kind of shape may
  // carry one, so it is read here rather than in every case above).
  for (const [name, shape] of Object.entries(shapes)) {
    const documentation = optionalStringAt(
      ...trait(shapeAt(`${namespace}#${name}`), 'smithy.api#documentation'),
    );
    if (documentation !== undefined) shapes[name] = { ...shape, documentation };
  }

  return {
    format: 'smithy',
    namespace,
    serviceName: local(serviceId),
    targetPrefix: local(serviceId),
    apiVersion:
      optionalStringAt(serviceShape.body.version, `${serviceShape.path}.version`) ?? 'unknown',
    operations,
    shapes,
  };
}
