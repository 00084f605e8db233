// Conformant input validation: every constraint the derived spec states (anchored patterns,
// lengths in code points, enums, ranges, required members, JSON types), through the contract's
// validators. Unknown members are ignored, as AWS services do for forward compatibility.
import { violations } from '../../contract/index.js';
import type { Behaviour } from './behaviour.js';

export const FAITHFUL_INPUT: Pick<Behaviour, 'inputViolations'> = {
  inputViolations: (schema, input) =>
    violations(schema, input).filter((v) => v.keyword !== 'additionalProperties'),
};
