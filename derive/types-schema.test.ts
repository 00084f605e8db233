// What the generated types' comments say, compiled from small schemas the way renderGenerated
// compiles the real one.
import { compile } from 'json-schema-to-typescript';
import { describe, expect, test } from 'vitest';
import { allowedPhrase, typesSchema } from './types-schema.js';

const OPERATIONS = { operations: [{ name: 'MakeThing', input: 'Thing', output: 'Name' }] };
const ERRORS = { errors: [{ name: 'Oops', httpStatus: 402, fault: 'client' }] };

const shapes = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  title: 'Shapes',
  description: 'All of them.',
  $defs: {
    Name: { title: 'Name', type: 'string', minLength: 4, maxLength: 32, pattern: '^[a-z]{3,31}$' },
    Thing: {
      title: 'Thing',
      type: 'object',
      description: 'A thing, see {@link x} and <b>this</b> @deprecated.',
      properties: {
        Name: { $ref: '#/$defs/Name', description: 'The name of the `{thing}`.' },
        Other: { $ref: '#/$defs/Name' },
      },
      required: ['Name'],
      additionalProperties: false,
    },
    Oops: {
      title: 'Oops',
      type: 'object',
      properties: { Message: { $ref: '#/$defs/Name' } },
      additionalProperties: false,
    },
  },
};

const compiled = async (): Promise<string> =>
  compile(typesSchema(shapes, OPERATIONS, ERRORS), 'Shapes', {
    bannerComment: '',
    additionalProperties: false,
    unreachableDefinitions: false,
    declareExternallyReferenced: true,
    format: true,
  });

/** The declaration `head` opens, to its closing brace. */
function block(ts: string, head: string): string {
  const at = ts.indexOf(head);
  if (at < 0) throw new Error(`no ${head} in:\n${ts}`);
  return ts.slice(at, ts.indexOf('\n}', at) + 2);
}

/** The comment right before `declaration` in `ts`, without its stars. */
function commentBefore(ts: string, declaration: string): string {
  const at = ts.indexOf(declaration);
  if (at < 0) throw new Error(`no ${declaration} in:\n${ts}`);
  const start = ts.lastIndexOf('/**', at);
  const comment = ts.slice(start, at).trim();
  expect(comment.endsWith('*/'), `a comment ends right before ${declaration}`).toBe(true);
  return comment
    .replace(/^\/\*\*|\*\/$/g, '')
    .split('\n')
    .map((l) => l.replace(/^\s*\* ?/, ''))
    .join('\n')
    .trim();
}

describe('typesSchema compiled', () => {
  test('a type gets the model’s description, escaped, what it is for and what it allows', async () => {
    const ts = await compiled();
    expect(commentBefore(ts, 'export interface Thing')).toBe(
      'A thing, see \\{\\@link x\\} and \\<b\\>this\\</b\\> \\@deprecated.\n\nThe input of the `MakeThing` operation.',
    );
    expect(commentBefore(ts, 'export type Name =')).toBe(
      'The output of the `MakeThing` operation.\n\nA string of 4 to 32 characters (code points), matching `^[a-z]{3,31}$`.',
    );
    expect(commentBefore(ts, 'export interface Oops')).toBe(
      'The body of the `Oops` error (HTTP 402, a client fault).',
    );
  });

  test('a documented member keeps its type (no numbered copy) and its comment', async () => {
    const ts = await compiled();
    expect(ts).not.toMatch(/Name1/);
    const thing = block(ts, 'export interface Thing');
    expect(thing).toMatch(/\n\s*Name: Name;/);
    expect(commentBefore(thing, 'Name: Name;')).toBe('The name of the `{thing}`.');
  });

  test('an undocumented member says what its type allows', async () => {
    const ts = await compiled();
    expect(commentBefore(block(ts, 'export interface Thing'), 'Other?: Name;')).toBe(
      '`Name`: a string of 4 to 32 characters (code points), matching `^[a-z]{3,31}$`.',
    );
  });

  test('the root maps each shape name to its type, each member documented', async () => {
    const ts = await compiled();
    expect(ts).not.toContain('[k: string]');
    expect(ts).not.toContain('was referenced by');
    expect(commentBefore(block(ts, 'export interface Shapes'), 'Thing: Thing;')).toBe(
      'The `Thing` shape.',
    );
    expect(commentBefore(ts, 'export interface Shapes')).toBe(
      'All of them.\n\nEach member is the type of the shape of its name.',
    );
  });
});

describe('allowedPhrase', () => {
  test.each([
    [{ type: 'string' }, 'a string'],
    [{ type: 'string', maxLength: 600 }, 'a string of at most 600 characters (code points)'],
    [{ type: 'string', pattern: 'a`b' }, 'a string matching a\\`b'],
    [{ type: 'integer', minimum: 1, maximum: 100 }, 'an integer from 1 to 100'],
    [{ type: 'integer', minimum: 1 }, 'an integer, at least 1'],
    [{ type: 'string', enum: ['A', 'B'] }, 'one of `A`, `B`'],
    [
      { type: 'array', items: { $ref: '#/$defs/Tag' }, maxItems: 50 },
      'a list of at most 50 of `Tag`',
    ],
    [{ type: 'number' }, 'a number'],
    [{ type: 'number', description: 'Epoch seconds.' }, undefined],
    [{ type: 'object' }, undefined],
  ])('%j is %j', (def, phrase) => {
    expect(allowedPhrase(def)).toBe(phrase);
  });
});
