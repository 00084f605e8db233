// Checks a parsed JSON document against report.schema.json before anything reads it as a
// ConformanceReport: a report from another version or another tool is refused with the first
// reason, not half-rendered.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ConformanceReport } from '../model.js';
import schema from '../report.schema.json' with { type: 'json' };

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats.default(ajv);
const validate = ajv.compile<ConformanceReport>(schema);

/** Every way `doc` departs from the schema, one line each ("/path message"); empty when valid. */
export function reportProblems(doc: unknown): string[] {
  if (validate(doc)) return [];
  return (validate.errors ?? []).map((e) => {
    const extra =
      e.keyword === 'additionalProperties'
        ? ` (${String((e.params as { additionalProperty: string }).additionalProperty)})`
        : e.keyword === 'enum'
          ? ` (${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')})`
          : '';
    return `${e.instancePath || '(top)'} ${e.message ?? 'is invalid'}${extra}`;
  });
}

export function isConformanceReport(doc: unknown): doc is ConformanceReport {
  return validate(doc);
}
