// Input validation against the derived spec: the behaviour's violations (by default the
// contract's validators), answered with InvalidRequestException naming the first offending member.
import type { SchemaName } from '../contract/index.js';
import type { Behaviour } from './behaviour/behaviour.js';
import { modeledError } from './protocol/service-error.js';

export function validateInput(behaviour: Behaviour, schema: SchemaName, input: unknown): void {
  const found = behaviour.inputViolations(schema, input);
  const first = found[0];
  if (first === undefined) return;
  const count = found.length === 1 ? '1 validation error' : `${found.length} validation errors`;
  // The violation message names the member by its JSON pointer and never echoes its value.
  throw modeledError('InvalidRequestException', `${count} detected: ${first.message}.`);
}
