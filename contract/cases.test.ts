// Runs the example-based cases in contract/cases/*.json against the generated validators: the
// documented API examples must be valid, and each boundary violation must be rejected for the
// requirement its case names, at one member and nowhere else. (One member can break two rules at
// once: the model's ConnectionName pattern {3,31} repeats its length bounds, so a 3-character
// name breaks shape.ConnectionName.length and .pattern together.)
import { readFileSync, readdirSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import caseSchema from './cases/case.schema.json' with { type: 'json' };
import { violations, type SchemaName } from './validate.js';

interface CaseGroup {
  description: string;
  schema: SchemaName;
  tests: { description: string; data: unknown; valid: boolean; breaks?: string }[];
}

const dir = new URL('./cases/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'case.schema.json');
const validateCaseFile = new Ajv2020({ strict: true }).compile(caseSchema);

for (const file of files) {
  const groups = JSON.parse(readFileSync(new URL(file, dir), 'utf8')) as CaseGroup[];

  test(`${file} follows case.schema.json and its descriptions are unique`, () => {
    expect(validateCaseFile(groups), JSON.stringify(validateCaseFile.errors)).toBe(true);
    const names = groups.flatMap((g) => g.tests.map((t) => `${g.description}: ${t.description}`));
    expect(new Set(names).size).toBe(names.length);
  });

  for (const group of groups) {
    describe(`${file}: ${group.description}`, () => {
      for (const c of group.tests) {
        test(c.description, () => {
          const found = violations(group.schema, c.data);
          if (c.valid) {
            expect(found).toEqual([]);
          } else {
            expect(found.length).toBeGreaterThan(0);
            if (c.breaks) {
              const at = found.find((v) => v.requirement === c.breaks);
              expect(at, `no violation of ${c.breaks} in ${JSON.stringify(found)}`).toBeDefined();
              expect(new Set(found.map((v) => v.instancePath))).toEqual(
                new Set([at?.instancePath]),
              );
            }
          }
        });
      }
    });
  }
}
