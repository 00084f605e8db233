// Input validation against the derived spec: the behaviour's violations (by default the
// contract's validators), answered with InvalidRequestException listing the offending members.
import { stringConstraint, type SchemaName, type Violation } from '../contract/index.js';
import type { Behaviour } from './behaviour/behaviour.js';
import { INPUT_VIOLATION_LIMIT } from './behaviour/faithful-input.js';
import { modeledError } from './protocol/service-error.js';

const MESSAGE_MAX = stringConstraint('ErrorMessage').maxLength;

const errors = (n: number): string => (n === 1 ? '1 validation error' : `${n} validation errors`);

/** The message listing the first `shown` of `found`, saying how many there are in all. */
function messageListing(found: readonly Violation[], shown: number): string {
  const listed = found
    .slice(0, shown)
    .map((v) => v.message)
    .join('; ');
  if (shown === found.length) return `${errors(shown)} detected: ${listed}.`;
  // The limit was reached: there may be any number more, and none of them was looked at.
  const total =
    found.length >= INPUT_VIOLATION_LIMIT
      ? `More than ${INPUT_VIOLATION_LIMIT - 1} validation errors`
      : errors(found.length);
  return `${total} detected; the first ${shown}: ${listed}.`;
}

/**
 * As many violations as fit in an ErrorMessage, so that the count the message gives always
 * matches what it lists (UTF-16 length bounds the code points). Each message names a member by
 * its JSON pointer and never echoes its value.
 */
export function validationMessage(found: readonly Violation[]): string {
  let shown = Math.min(found.length, INPUT_VIOLATION_LIMIT - 1);
  let message = messageListing(found, shown);
  while (shown > 1 && message.length > MESSAGE_MAX) message = messageListing(found, --shown);
  return message;
}

export function validateInput(behaviour: Behaviour, schema: SchemaName, input: unknown): void {
  const found = behaviour.inputViolations(schema, input);
  if (found.length > 0) throw modeledError('InvalidRequestException', validationMessage(found));
}
