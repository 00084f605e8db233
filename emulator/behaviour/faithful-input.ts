// Conformant input validation: every constraint the derived spec states (anchored patterns,
// lengths in code points, enums, ranges, required members, JSON types), through the contract's
// validators. Unknown members are ignored, as AWS services do for forward compatibility.
import { violations } from '../../contract/index.js';
import type { Behaviour } from './behaviour.js';

/**
 * The most violations one answer looks at: more than its message can list (it is at most 600
 * code points), and one over, so the message can say that there are more.
 */
export const INPUT_VIOLATION_LIMIT = 21;

export const FAITHFUL_INPUT: Pick<Behaviour, 'inputViolations'> = {
  inputViolations: (schema, input) =>
    violations(schema, input, { limit: INPUT_VIOLATION_LIMIT, ignore: ['additionalProperties'] }),
};
