// The model's documentation reaches spec/derived/shapes.schema.json as descriptions (which the
// generated types' comments are made from), and only there: the message schemas, compiled into
// the validators, stay without it.
import { describe, expect, test } from 'vitest';
import type { ModelIR } from './model-ir.js';
import { messageSchema, shapesSchema } from './render-schemas.js';

const ir: ModelIR = {
  format: 'smithy',
  namespace: 'ns',
  serviceName: 'S',
  targetPrefix: 'S',
  apiVersion: '1',
  operations: {},
  shapes: {
    Thing: {
      kind: 'structure',
      documentation: '<p>Describes a <code>Thing</code>.</p>',
      members: {
        Name: { target: 'Name', required: true, documentation: '<p>Its name.</p>' },
        At: { target: 'At', required: false },
      },
    },
    Name: { kind: 'string', length: { min: 1, max: 8 } },
    At: { kind: 'timestamp', documentation: '<p>When.</p>' },
  },
};

type Defs = Record<string, Record<string, unknown> & { properties?: Record<string, object> }>;
const defsOf = (schema: Record<string, unknown>): Defs => schema.$defs as Defs;

describe('shapesSchema', () => {
  const defs = defsOf(shapesSchema(ir, ['Thing']));

  test('a documented shape has its documentation as text, right after its title', () => {
    expect(Object.keys(defs.Thing!).slice(0, 3)).toEqual(['title', 'description', 'type']);
    expect(defs.Thing!.description).toBe('Describes a `Thing`.');
  });

  test('a documented member has it beside its $ref; an undocumented one has none', () => {
    expect(defs.Thing!.properties).toEqual({
      Name: { $ref: '#/$defs/Name', description: 'Its name.' },
      At: { $ref: '#/$defs/At' },
    });
  });

  test('the documentation comes before what the schema says of the wire form', () => {
    expect(defs.At!.description).toBe('When.\n\nEpoch seconds.');
    expect(defs.Name).not.toHaveProperty('description');
  });
});

test('the message schemas carry no documentation', () => {
  const text = JSON.stringify(messageSchema(ir, 'Thing', 'request'));
  expect(text).not.toContain('Describes');
  expect(text).not.toContain('Its name');
  expect(defsOf(messageSchema(ir, 'Thing', 'request')).At!.description).toBe('Epoch seconds.');
});
