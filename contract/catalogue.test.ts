// The requirement catalogue is data other code cites by id: it must follow its schema, its ids
// must be unique across the hand-written and derived parts, and unknown facts must not fail anyone.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { expect, test } from 'vitest';
import catalogueSchema from '../spec/requirements.schema.json' with { type: 'json' };
import derived from '../spec/derived/constraint-requirements.json' with { type: 'json' };
import behaviour from '../spec/requirements.json' with { type: 'json' };
import { REQUIREMENT_IDS } from '../generated/contract.js';
import { REQUIREMENTS, requirement } from './catalogue.js';
import { ERRORS } from '../generated/contract.js';

const validate = new Ajv2020({ strict: true }).compile(catalogueSchema);

test.each([
  ['spec/requirements.json', behaviour],
  ['spec/derived/constraint-requirements.json', derived],
])('%s follows requirements.schema.json', (_name, doc) => {
  expect(validate(doc), JSON.stringify(validate.errors)).toBe(true);
});

test('the schema rejects an inferred fact at level MUST', () => {
  const entry = { ...behaviour.requirements[0], level: 'MUST', confidence: 'inferred' };
  expect(validate({ requirements: [entry] })).toBe(false);
});

test('requirement ids are unique across both parts of the catalogue', () => {
  const ids = [...behaviour.requirements, ...derived.requirements].map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(REQUIREMENTS.size).toBe(ids.length);
  expect([...REQUIREMENT_IDS].sort()).toEqual([...ids].sort());
});

test('an unknown id is refused, not silently accepted', () => {
  expect(() => requirement('NO-SUCH-REQUIREMENT')).toThrow(/unknown requirement id/);
  expect(requirement('CONN-NAME-UNIQUE').level).toBe('MUST');
});

test('every modeled error status is stated in WIRE-ERROR-STATUS', () => {
  const statement = requirement('WIRE-ERROR-STATUS').statement;
  for (const e of ERRORS.errors) {
    expect(statement).toContain(e.name);
    expect(statement).toContain(String(e.httpStatus));
  }
});
