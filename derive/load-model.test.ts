// Model files of the right syntax but the wrong structure are user errors like a missing file:
// a ModelInputError naming the place in the document (derive-spec prints it as one line with exit
// code 2), never a TypeError. Run on small synthetic models of both renderings, which must derive.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { deriveSpec } from './derive-spec.js';
import { loadModel } from './load-model.js';
import { CONNECTION_OPERATIONS, ModelInputError } from './model-ir.js';

type Doc = Record<string, unknown>;
const NS = 'x.y';

/** A Smithy 2 AST of the six operations, with ProviderType in Smithy 1's enum-trait form. */
function smithy(): { smithy: unknown; shapes: Record<string, Doc> } {
  const shapes: Record<string, Doc> = {
    [`${NS}#AppRunner`]: {
      type: 'service',
      version: '2020-05-15',
      operations: CONNECTION_OPERATIONS.map((o) => ({ target: `${NS}#${o}` })),
      traits: { 'aws.api#service': { sdkId: 'AppRunner' } },
    },
    [`${NS}#Empty`]: { type: 'structure', members: {} },
    [`${NS}#Name`]: {
      type: 'string',
      traits: { 'smithy.api#length': { min: 1, max: 4 }, 'smithy.api#pattern': '^[a-z]+$' },
    },
    [`${NS}#ProviderType`]: {
      type: 'string',
      traits: { 'smithy.api#enum': [{ value: 'GITHUB', name: 'GITHUB' }, { value: 'BITBUCKET' }] },
    },
    [`${NS}#Request`]: {
      type: 'structure',
      members: {
        Name: { target: `${NS}#Name`, traits: { 'smithy.api#required': {} } },
        ProviderType: { target: `${NS}#ProviderType` },
      },
    },
  };
  for (const op of CONNECTION_OPERATIONS) {
    shapes[`${NS}#${op}`] = {
      type: 'operation',
      input: { target: `${NS}#${op === 'CreateConnection' ? 'Request' : 'Empty'}` },
      output: { target: `${NS}#Empty` },
    };
  }
  return { smithy: '2.0', shapes };
}

/** A botocore service-2 document of the six operations. */
function botocore(): {
  metadata: Doc;
  operations: Record<string, Doc>;
  shapes: Record<string, Doc>;
} {
  return {
    metadata: { serviceId: 'AppRunner', targetPrefix: 'AppRunner', apiVersion: '2020-05-15' },
    operations: Object.fromEntries(
      CONNECTION_OPERATIONS.map((o) => [
        o,
        { input: { shape: 'Request' }, output: { shape: 'Empty' }, errors: [{ shape: 'Oops' }] },
      ]),
    ),
    shapes: {
      Empty: { type: 'structure', members: {} },
      Oops: { type: 'structure', members: {}, exception: true },
      Request: { type: 'structure', required: ['Name'], members: { Name: { shape: 'Name' } } },
      Name: { type: 'string', min: 1, pattern: 'ab|cd' },
    },
  };
}

const dir = mkdtempSync(join(tmpdir(), 'load-model-'));
let n = 0;
function load(doc: unknown) {
  const path = join(dir, `model-${n++}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return loadModel(path);
}
const pin = { path: '', repository: '', repositoryPath: '', commit: '', sha256: '' };

/** The ModelInputError loading `doc` throws (fails the test for any other outcome). */
function refusal(doc: unknown): string {
  try {
    load(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(ModelInputError);
    expect((e as Error).message).not.toMatch(/\n/);
    return (e as Error).message;
  }
  throw new Error('the model was accepted');
}

describe('the synthetic models are valid', () => {
  test('a Smithy 2 AST derives, its enum-trait string read as an enum', () => {
    const model = load(smithy());
    expect(model.ir.shapes.ProviderType).toEqual({ kind: 'enum', values: ['GITHUB', 'BITBUCKET'] });
    expect(model.ir.shapes.Name).toEqual({
      kind: 'string',
      length: { min: 1, max: 4 },
      pattern: '^[a-z]+$',
    });
    expect(model.ir.shapes.Request).toMatchObject({
      members: { Name: { required: true }, ProviderType: { required: false } },
    });
    expect(() => deriveSpec(model, 'm.json', pin)).not.toThrow();
  });

  test('"smithy": "2" is read as well', () => {
    expect(load({ ...smithy(), smithy: '2' }).ir.format).toBe('smithy');
  });

  test('a botocore model derives, its alternation re-anchored as a whole', () => {
    const model = load(botocore());
    expect(model.ir.shapes.Name).toEqual({
      kind: 'string',
      length: { min: 1 },
      pattern: '^(?:ab|cd)$',
    });
    expect(() => deriveSpec(model, 'm.json', pin)).not.toThrow();
  });
});

const op = (name: string): string => `${NS}#${name}`;
const withShape = (id: string, shape: unknown) => {
  const doc = smithy();
  doc.shapes[id] = shape as Doc;
  return doc;
};
const withBoto = (edit: (doc: ReturnType<typeof botocore>) => void) => {
  const doc = botocore();
  edit(doc);
  return doc;
};

test.each<[string, unknown, RegExp]>([
  [
    'metadata null',
    { metadata: null, operations: {}, shapes: {} },
    /^model: metadata is null, expected an object$/,
  ],
  ['shapes null', { smithy: '2.0', shapes: null }, /^model: shapes is null, expected an object$/],
  [
    'shapes an array',
    { smithy: '2.0', shapes: [] },
    /^model: shapes is an array, expected an object$/,
  ],
  [
    'shapes a string',
    { smithy: '2.0', shapes: 'abc' },
    /^model: shapes is "abc" \(a string\), expected an object$/,
  ],
  [
    'a shape null',
    { smithy: '2.0', shapes: { 'x#Y': null } },
    /^model: shapes\["x#Y"\] is null, expected an object$/,
  ],
  [
    'a shape an array',
    withShape('x#Y', []),
    /^model: shapes\["x#Y"\] is an array, expected an object$/,
  ],
  [
    'a shape without type',
    withShape('x#Y', {}),
    /^model: shapes\["x#Y"\]\.type is missing, expected a string$/,
  ],
  [
    'traits an array',
    withShape(op('Name'), { type: 'string', traits: [] }),
    /^model: shapes\["x\.y#Name"\]\.traits is an array/,
  ],
  [
    'service operations not an array',
    withShape(op('AppRunner'), { ...smithy().shapes[op('AppRunner')], operations: {} }),
    /\.operations is an object, expected an array$/,
  ],
  [
    'an operation null',
    withShape(op('TagResource'), null),
    /^model: shapes\["x\.y#TagResource"\] is null/,
  ],
  [
    'an input without target',
    withShape(op('TagResource'), { type: 'operation', input: {}, output: { target: op('Empty') } }),
    /^model: shapes\["x\.y#TagResource"\]\.input\.target is missing, expected a string$/,
  ],
  [
    'an input target not a string',
    withShape(op('TagResource'), {
      type: 'operation',
      input: { target: 5 },
      output: { target: op('Empty') },
    }),
    /\.input\.target is 5 \(a number\), expected a string$/,
  ],
  [
    'an input outside the namespace',
    withShape(op('TagResource'), {
      type: 'operation',
      input: { target: 'smithy.api#Unit' },
      output: { target: op('Empty') },
    }),
    /\.input references smithy\.api#Unit, outside the service's namespace x\.y/,
  ],
  [
    'an input that is missing',
    withShape(op('TagResource'), {
      type: 'operation',
      input: { target: op('Nope') },
      output: { target: op('Empty') },
    }),
    /\.input references the missing shape x\.y#Nope$/,
  ],
  [
    'errors not an array',
    withShape(op('TagResource'), {
      type: 'operation',
      input: { target: op('Empty') },
      output: { target: op('Empty') },
      errors: 'E',
    }),
    /\.errors is "E" \(a string\), expected an array$/,
  ],
  [
    'a member null',
    withShape(op('Request'), { type: 'structure', members: { Name: null } }),
    /^model: shapes\["x\.y#Request"\]\.members\["Name"\] is null, expected an object$/,
  ],
  [
    'members an array',
    withShape(op('Request'), { type: 'structure', members: [] }),
    /\.members is an array, expected an object$/,
  ],
  [
    'a list without member',
    withShape(op('Request'), { type: 'list' }),
    /^model: shapes\["x\.y#Request"\]\.member is missing, expected an object$/,
  ],
  [
    'a length bound not a number',
    withShape(op('Name'), { type: 'string', traits: { 'smithy.api#length': { min: '1' } } }),
    /\.traits\["smithy\.api#length"\]\.min is "1" \(a string\), expected a number$/,
  ],
  [
    'a pattern that is no regular expression',
    withShape(op('Name'), { type: 'string', traits: { 'smithy.api#pattern': '(' } }),
    /\.traits\["smithy\.api#pattern"\] is not a valid ECMAScript regular expression/,
  ],
  [
    'an enum trait not an array',
    withShape(op('ProviderType'), { type: 'string', traits: { 'smithy.api#enum': {} } }),
    /\.traits\["smithy\.api#enum"\] is an object, expected an array$/,
  ],
  [
    'an enum value missing',
    withShape(op('ProviderType'), {
      type: 'string',
      traits: { 'smithy.api#enum': [{ name: 'A' }] },
    }),
    /\.traits\["smithy\.api#enum"\]\[0\]\.value is missing, expected a string$/,
  ],
  [
    'an error trait of another value',
    withShape(op('Empty'), { type: 'structure', traits: { 'smithy.api#error': 'user' } }),
    /\.traits\["smithy\.api#error"\] is "user" \(a string\), expected "client" or "server"$/,
  ],
  [
    'botocore: a member naming a property of Object.prototype',
    withBoto(
      (d) => (d.shapes.Request = { type: 'structure', members: { A: { shape: 'toString' } } }),
    ),
    /^model: shapes\["Request"\]\.members\["A"\] references the missing shape toString$/,
  ],
  [
    'botocore: operations an array',
    { metadata: { serviceId: 'AppRunner' }, operations: [], shapes: {} },
    /^model: operations is an array, expected an object$/,
  ],
  [
    'botocore: serviceId not a string',
    withBoto((d) => (d.metadata.serviceId = 1)),
    /^model: metadata\.serviceId is 1 \(a number\), expected a string$/,
  ],
  [
    'botocore: an operation null',
    withBoto((d) => (d.operations.TagResource = null as never)),
    /^model: operations\["TagResource"\] is null, expected an object$/,
  ],
  [
    'botocore: an input without shape',
    withBoto((d) => (d.operations.TagResource = { input: {}, output: {} })),
    /^model: operations\["TagResource"\]\.input\.shape is missing, expected a string$/,
  ],
  [
    'botocore: a shape null',
    withBoto((d) => (d.shapes.Empty = null as never)),
    /^model: shapes\["Empty"\] is null, expected an object$/,
  ],
  [
    'botocore: a member null',
    withBoto((d) => (d.shapes.Request = { type: 'structure', members: { Name: null } })),
    /^model: shapes\["Request"\]\.members\["Name"\] is null, expected an object$/,
  ],
  [
    'botocore: required not an array',
    withBoto((d) => (d.shapes.Request = { type: 'structure', required: 'Name', members: {} })),
    /\.required is "Name" \(a string\), expected an array$/,
  ],
  [
    'botocore: an enum of numbers',
    withBoto((d) => (d.shapes.Name = { type: 'string', enum: [1] })),
    /^model: shapes\["Name"\]\.enum\[0\] is 1 \(a number\), expected a string$/,
  ],
  [
    'botocore: a pattern that is no regular expression',
    withBoto((d) => (d.shapes.Name = { type: 'string', pattern: '[' })),
    /^model: shapes\["Name"\]\.pattern is not a valid ECMAScript regular expression/,
  ],
])('%s: refused, naming the place', (_name, doc, message) => {
  expect(refusal(doc)).toMatch(message);
});

test.each([
  ['"1.0"', '1.0'],
  ['"3.0"', '3.0'],
  ['the number 2', 2],
  ['"2.0-beta"', '2.0-beta'],
])('"smithy": %s is refused, naming the versions read', (_name, version) => {
  expect(refusal({ ...smithy(), smithy: version })).toMatch(
    /^model: "smithy": .* is not a supported version; derive-spec reads Smithy 2 JSON ASTs only \("smithy": "2\.0" or "2"\)/,
  );
});
