// Response bodies checked against the derived schemas, as they travel (raw JSON from the
// exchange log, not the SDK's parsed objects, which turn CreatedAt into a Date).
import {
  REQUIREMENTS,
  violations,
  type RequirementId,
  type SchemaName,
} from '../../contract/index.js';
import schemas from './schema-defs.js';
import type { Exchange } from '../exchange-log.js';
import { RequirementFailure } from './meta.js';

/** How many violations a failure's message lists. */
const SHOWN = 10;

/** The shape requirements a message schema carries: shape.<Shape>.<rule> for each of its shapes. */
export function shapeRequirementsOf(schema: SchemaName): RequirementId[] {
  const shapes = schemas(schema);
  return [...REQUIREMENTS.keys()].filter((id) => shapes.some((s) => id.startsWith(`shape.${s}.`)));
}

/** The exchange's response body must validate against `schema`. */
export function assertBodyMatches(exchange: Exchange | undefined, schema: SchemaName): void {
  if (!exchange) throw new Error(`no exchange was logged for ${schema}`);
  let body: unknown;
  try {
    body = JSON.parse(exchange.response.body);
  } catch {
    throw new RequirementFailure(
      ['WIRE-SUCCESS-200'],
      `the ${schema} body is not JSON: ${exchange.response.body.slice(0, 200)}`,
    );
  }
  const found = violations(schema, body);
  if (found.length > 0) {
    const ids = [...new Set(found.map((v) => v.requirement ?? 'WIRE-SUCCESS-200'))];
    // A body with thousands of bad items still gets a message one can read.
    const listed = found.slice(0, SHOWN).map((v) => v.message);
    const more = found.length > SHOWN ? ` (and ${found.length - SHOWN} more)` : '';
    throw new RequirementFailure(ids, `${schema}: ${listed.join('; ')}${more}`);
  }
}
