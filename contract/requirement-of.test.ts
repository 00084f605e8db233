// requirementOf() types what it answers as a RequirementId, checked at run time: this holds that
// every rule the derived schemas carry maps to a requirement of the catalogue, so the check never
// throws on a fresh spec/ and a violation always blames a requirement the verdict knows.
import { readFileSync, readdirSync } from 'node:fs';
import type { ErrorObject } from 'ajv';
import { expect, test } from 'vitest';
import { requirementOf } from './requirement-of.js';

type Def = Record<string, unknown> & { title?: string; required?: string[] };

const dir = new URL('../spec/derived/schemas/', import.meta.url);
const defs = readdirSync(dir)
  .filter((f) => f.endsWith('.schema.json'))
  .flatMap((f) => {
    const doc = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { $defs: Record<string, Def> };
    return Object.values(doc.$defs);
  });

const errorAt = (def: Def, keyword: string, missingProperty?: string): ErrorObject => ({
  keyword,
  instancePath: '',
  schemaPath: '',
  params: missingProperty === undefined ? {} : { missingProperty },
  parentSchema: def,
});

const KEYWORDS = [
  'type',
  'minLength',
  'maxLength',
  'minItems',
  'maxItems',
  'pattern',
  'enum',
  'minimum',
  'maximum',
];

test('every rule of every derived schema maps to a catalogue requirement', () => {
  let rules = 0;
  for (const def of defs) {
    for (const keyword of KEYWORDS) {
      if (!(keyword in def)) continue;
      expect(requirementOf(errorAt(def, keyword)), `${def.title} ${keyword}`).not.toBeNull();
      rules++;
    }
    for (const member of def.required ?? []) {
      expect(requirementOf(errorAt(def, 'required', member)), `${def.title} ${member}`).toMatch(
        member === '__type' ? 'WIRE-ERROR-TYPE-BODY' : /^shape\..+\.required$/,
      );
      rules++;
    }
  }
  expect(rules).toBeGreaterThan(50);
});

test('a rule the catalogue does not state is refused, not passed on', () => {
  const def = { title: 'ConnectionName', enum: ['x'] };
  expect(() => requirementOf(errorAt(def, 'enum'))).toThrow(/shape\.ConnectionName\.enum/);
  expect(requirementOf(errorAt(def, 'additionalProperties'))).toBeNull();
});
