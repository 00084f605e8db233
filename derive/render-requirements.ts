// Renders one requirement per constraint the model states, so that a check of a schema-level
// rule can cite an id just as a behavioural check does. Ids are `shape.<Shape>.<rule>`, where
// rule is the constraint kind (see RULE_OF_KEYWORD in contract/requirement-of.ts).
import type { ModelIR, ShapeIR } from './model-ir.js';
import { closure } from './render-schemas.js';

export interface Requirement {
  id: string;
  statement: string;
  operations: string[];
  level: 'MUST' | 'SHOULD' | 'OBSERVE';
  source: string;
  confidence: 'documented' | 'observed' | 'inferred' | 'unknown';
}

const JSON_TYPE: Record<ShapeIR['kind'], string> = {
  string: 'a JSON string',
  enum: 'a JSON string',
  integer: 'a JSON integer',
  boolean: 'a JSON boolean',
  timestamp: 'a JSON number of epoch seconds',
  list: 'a JSON array',
  structure: 'a JSON object',
};

const range = (r: { min?: number; max?: number }, unit: string): string =>
  r.min !== undefined && r.max !== undefined
    ? `${r.min} to ${r.max}${unit}`
    : r.min !== undefined
      ? `at least ${r.min}${unit}`
      : `at most ${r.max ?? '?'}${unit}`;

export function constraintRequirements(ir: ModelIR): Requirement[] {
  const usedBy = new Map<string, Set<string>>();
  for (const op of Object.values(ir.operations)) {
    for (const root of [op.input, op.output, ...op.errors]) {
      for (const shape of closure(ir, root)) {
        if (!usedBy.has(shape)) usedBy.set(shape, new Set());
        usedBy.get(shape)?.add(op.name);
      }
    }
  }
  const out: Requirement[] = [];
  for (const name of [...usedBy.keys()].sort()) {
    const shape = ir.shapes[name] as ShapeIR;
    const ops = [...(usedBy.get(name) ?? [])].sort();
    const add = (rule: string, statement: string, trait: string): void => {
      out.push({
        id: `shape.${name}.${rule}`,
        statement,
        operations: ops,
        level: 'MUST',
        source: `model ${ir.namespace}#${name} (${trait})`,
        confidence: 'documented',
      });
    };
    add('type', `${name} is ${JSON_TYPE[shape.kind]}.`, shape.kind);
    if (shape.kind === 'string' && shape.length) {
      const length = { min: shape.length.min ?? 0, ...shape.length };
      add('length', `${name} is ${range(length, ' code points')} long.`, '@length');
    }
    if (shape.kind === 'string' && shape.pattern !== undefined) {
      add('pattern', `${name} matches the regular expression ${shape.pattern}.`, '@pattern');
    }
    if (shape.kind === 'enum') {
      add('enum', `${name} is one of ${shape.values.join(', ')}.`, 'enum');
    }
    if (shape.kind === 'integer' && shape.range) {
      add('range', `${name} is ${range(shape.range, '')}.`, '@range');
    }
    if (shape.kind === 'list' && shape.length) {
      add('length', `${name} has ${range(shape.length, ' items')}.`, '@length');
    }
    if (shape.kind === 'structure') {
      const required = Object.entries(shape.members).filter(([, m]) => m.required);
      if (required.length > 0) {
        add(
          'required',
          `${name} has the members ${required.map(([m]) => m).join(', ')}.`,
          '@required',
        );
      }
    }
  }
  return out;
}
