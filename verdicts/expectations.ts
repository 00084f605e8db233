// Per-implementation expectations files: validated against expectations.schema.json, and every
// id must resolve in the requirement catalogue. Any problem is a usage error naming the file.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type * as Ajv from 'ajv/dist/2020.js';
import { InputError } from '../common/input-error.js';
import { REQUIREMENTS } from '../contract/index.js';
import type { Expectation } from './model.js';
import schema from './expectations.schema.json' with { type: 'json' };

// Loaded and compiled on first use: most runs name no expectations file.
const require = createRequire(import.meta.url);
let compiled: Ajv.ValidateFunction | undefined;
function validator(): Ajv.ValidateFunction {
  if (compiled) return compiled;
  const { Ajv2020 } = require('ajv/dist/2020.js') as typeof Ajv;
  return (compiled = new Ajv2020({ strict: true, allErrors: true }).compile(schema));
}

export interface ExpectationsFile {
  implementation: string;
  expectations: Map<string, Expectation>;
}

export function loadExpectations(path: string): ExpectationsFile {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT' ? 'no such file' : code ? code : `not valid JSON (${(e as Error).message})`;
    throw new InputError(`expectations file ${path}: ${why}`);
  }
  const validate = validator();
  if (!validate(doc)) {
    const first = validate.errors?.[0];
    throw new InputError(
      `expectations file ${path}: ${first?.instancePath || '(top)'} ${first?.message ?? 'is invalid'}; see verdicts/expectations.schema.json`,
    );
  }
  const file = doc as { implementation: string; expectations: Record<string, Expectation> };
  const unknown = Object.keys(file.expectations).filter((id) => !REQUIREMENTS.has(id as never));
  if (unknown.length > 0) {
    throw new InputError(
      `expectations file ${path}: unknown requirement id ${unknown.join(', ')}; ids are listed in spec/requirements.json and spec/derived/constraint-requirements.json`,
    );
  }
  const observe = Object.keys(file.expectations).filter(
    (id) => REQUIREMENTS.get(id as never)?.level === 'OBSERVE',
  );
  if (observe.length > 0) {
    throw new InputError(
      `expectations file ${path}: ${observe.join(', ')} ${observe.length === 1 ? 'is an' : 'are'} OBSERVE requirement(s), which never fail; remove them`,
    );
  }
  return {
    implementation: file.implementation,
    expectations: new Map(Object.entries(file.expectations)),
  };
}
