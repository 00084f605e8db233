// Reads botocore's service-2 rendering of the model into the neutral IR. That rendering drops
// the ^...$ anchors of patterns and states no HTTP status for errors, so patterns are re-anchored
// (see reanchor) and error statuses are left null rather than guessed.
import {
  CONNECTION_OPERATIONS,
  ModelInputError,
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
  type JsonObject,
  type MemberIR,
  type ModelIR,
  type OperationIR,
  type ShapeIR,
} from './model-ir.js';

/** The parts of a service-2 document this reader needs; each part's structure is checked as read. */
interface BotoModel {
  metadata: JsonObject;
  operations: JsonObject;
  shapes: JsonObject;
}

export function isBotocore(doc: unknown): doc is BotoModel {
  return (
    isObject(doc) && isObject(doc.metadata) && isObject(doc.operations) && isObject(doc.shapes)
  );
}

/**
 * The top-level alternatives of a regular expression: `a|b(c|d)` is `a` and `b(c|d)`. A `|` inside
 * a group or a character class, or escaped, does not separate them.
 */
export function topLevelAlternatives(pattern: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      alternatives.push(pattern.slice(start, i));
      start = i + 1;
    }
  }
  alternatives.push(pattern.slice(start));
  return alternatives;
}

/** Whether `pattern` ends with a `$` anchor, not an escaped `$`. */
function endsWithAnchor(pattern: string): boolean {
  if (!pattern.endsWith('$')) return false;
  const backslashes = /\\*$/.exec(pattern.slice(0, -1))?.[0].length ?? 0;
  return backslashes % 2 === 0;
}

/**
 * Restores full-match meaning to a pattern whose anchors botocore dropped. A pattern that matches
 * the empty string (".*") matches every string when unanchored, and botocore cannot tell whether
 * the original was anchored; it is kept as it is, which is also the Smithy model's meaning. A
 * pattern whose every alternative is anchored at both ends is kept too. Otherwise the anchors are
 * put around the whole: `^a$` for `a`, and `^(?:a|b)$` for `a|b` (`^a|b$` would accept "ax").
 */
export function reanchor(pattern: string): string {
  if (new RegExp(pattern, 'u').test('')) return pattern;
  const alternatives = topLevelAlternatives(pattern);
  if (alternatives.every((a) => a.startsWith('^') && endsWithAnchor(a))) return pattern;
  const cores = alternatives.map((a) => {
    const core = a.startsWith('^') ? a.slice(1) : a;
    return endsWithAnchor(core) ? core.slice(0, -1) : core;
  });
  return cores.length === 1 ? `^${cores[0]}$` : `^(?:${cores.join('|')})$`;
}

export function readBotocore(doc: BotoModel, paginators?: unknown): ModelIR {
  const meta = (key: string): string | undefined =>
    optionalStringAt(own(doc.metadata, key), `metadata.${key}`);
  const serviceId = meta('serviceId');
  if (serviceId !== 'AppRunner') {
    throw new ModelInputError(
      `the botocore model is for service "${serviceId ?? '?'}", not AppRunner`,
    );
  }
  const shapes: Record<string, ShapeIR> = {};
  const operations: Record<string, OperationIR> = {};
  /** The shape `from` (a path in the document) refers to. */
  const get = (name: string, from: string): { path: string; s: JsonObject; type: string } => {
    if (!Object.hasOwn(doc.shapes, name)) {
      throw new ModelInputError(`model: ${from} references the missing shape ${name}`);
    }
    const path = `shapes${at(name)}`;
    const s = objectAt(doc.shapes[name], path);
    return { path, s, type: stringAt(s.type, `${path}.type`) };
  };
  /** The shape name a reference ({ "shape": name }) at `path` names. */
  const ref = (value: unknown, path: string): string =>
    stringAt(objectAt(value, path).shape, `${path}.shape`);

  const visit = (name: string, from: string): void => {
    if (Object.hasOwn(shapes, name)) return;
    const { path, s, type } = get(name, from);
    const len = boundsAt(s, path);
    switch (type) {
      case 'string': {
        const values = optionalArrayAt(s.enum, `${path}.enum`);
        if (values) {
          shapes[name] = {
            kind: 'enum',
            values: values.map((v, i) => stringAt(v, `${path}.enum[${i}]`)),
          };
          return;
        }
        const pattern =
          s.pattern === undefined ? undefined : patternAt(s.pattern, `${path}.pattern`);
        shapes[name] = {
          kind: 'string',
          ...(len && { length: len }),
          ...(pattern !== undefined && { pattern: reanchor(pattern) }),
        };
        return;
      }
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
        const member = ref(s.member, `${path}.member`);
        shapes[name] = { kind: 'list', member, ...(len && { length: len }) };
        visit(member, `${path}.member`);
        return;
      }
      case 'structure': {
        const required = new Set(
          (optionalArrayAt(s.required, `${path}.required`) ?? []).map((r, i) =>
            stringAt(r, `${path}.required[${i}]`),
          ),
        );
        const members: Record<string, MemberIR> = {};
        const targets: [string, string][] = [];
        for (const [m, def] of Object.entries(
          optionalObjectAt(s.members, `${path}.members`) ?? {},
        )) {
          const memberPath = `${path}.members${at(m)}`;
          const target = ref(def, memberPath);
          const documentation = optionalStringAt(
            objectAt(def, memberPath).documentation,
            `${memberPath}.documentation`,
          );
          members[m] = {
            target,
            required: required.has(m),
            ...(documentation !== undefined && { documentation }),
          };
          targets.push([target, memberPath]);
        }
        const error = optionalObjectAt(s.error, `${path}.error`);
        const status = optionalNumberAt(error?.httpStatusCode, `${path}.error.httpStatusCode`);
        shapes[name] = {
          kind: 'structure',
          members,
          ...(s.exception
            ? { error: { fault: s.fault ? 'server' : 'client', httpStatus: status ?? null } }
            : {}),
        };
        for (const [target, memberPath] of targets) visit(target, memberPath);
        return;
      }
      default:
        throw new ModelInputError(`shape ${name} has type ${type}, which derive-spec does not map`);
    }
  };

  // paginators-1.json, beside the model: optional, and read only for ListConnections' tokens.
  const pagesPath = 'paginators-1.json: pagination';
  const pages =
    paginators === undefined
      ? {}
      : (optionalObjectAt(objectAt(paginators, 'paginators-1.json').pagination, pagesPath) ?? {});
  for (const op of CONNECTION_OPERATIONS) {
    const opPath = `operations${at(op)}`;
    const raw = own(doc.operations, op);
    if (raw === undefined) throw new ModelInputError(`the App Runner model has no ${op} operation`);
    const o = objectAt(raw, opPath);
    if (o.input === undefined || o.output === undefined) {
      throw new ModelInputError(`operation ${op} lacks input or output`);
    }
    const input = ref(o.input, `${opPath}.input`);
    const output = ref(o.output, `${opPath}.output`);
    const errors = (optionalArrayAt(o.errors, `${opPath}.errors`) ?? []).map(
      (e, i) => [ref(e, `${opPath}.errors[${i}]`), `${opPath}.errors[${i}]`] as const,
    );
    const pagePath = `${pagesPath}${at(op)}`;
    const page = optionalObjectAt(own(pages, op), pagePath);
    const token = (key: string): string | undefined =>
      optionalStringAt(page?.[key], `${pagePath}.${key}`);
    const inputToken = token('input_token');
    operations[op] = {
      name: op,
      input,
      output,
      errors: errors.map(([e]) => e).sort(),
      ...(inputToken && {
        paginated: {
          inputToken,
          outputToken: token('output_token') ?? inputToken,
          pageSize: token('limit_key') ?? 'MaxResults',
        },
      }),
    };
    visit(input, `${opPath}.input`);
    visit(output, `${opPath}.output`);
    for (const [e, path] of errors) visit(e, path);
  }
  // Every shape's own documentation, once the walk has found them all.
  for (const [name, shape] of Object.entries(shapes)) {
    const { path, s } = get(name, 'shapes');
    const documentation = optionalStringAt(s.documentation, `${path}.documentation`);
    if (documentation !== undefined) shapes[name] = { ...shape, documentation };
  }

  return {
    format: 'botocore',
    // botocore does not carry the Smithy namespace; AWS models use com.amazonaws.<prefix>.
    namespace: `com.amazonaws.${meta('endpointPrefix') ?? 'apprunner'}`,
    serviceName: meta('targetPrefix') ?? 'AppRunner',
    targetPrefix: meta('targetPrefix') ?? 'AppRunner',
    apiVersion: meta('apiVersion') ?? 'unknown',
    operations,
    shapes,
  };
}
