// A hand-written name check that applies the class of the later characters to the first one too
// (as /^[\w-]{4,32}$/ would): a name that starts with "-" or "_" is accepted. Every such name is
// still a valid ARN resource part, so the connections it lets in can be deleted again.
import { stringConstraint } from '../../contract/index.js';
import type { Deviation } from '../behaviour/change.js';
import { valueAt } from './value-at.js';

const RULE = 'shape.ConnectionName.pattern';

/** The model's pattern with its first character held to the rule of the rest. */
function tailRuleForAll(pattern: string | undefined): RegExp {
  const parts = /^\^(\[[^\]]+\])(\[[^\]]+\])\{(\d+),(\d+)\}\$$/.exec(pattern ?? '');
  if (!parts) throw new Error(`name-first-character-unchecked: unexpected pattern ${pattern}`);
  const [, , tail, min, max] = parts;
  return new RegExp(`^${tail}{${Number(min) + 1},${Number(max) + 1}}$`, 'u');
}

const LOOSE = tailRuleForAll(stringConstraint('ConnectionName').pattern);

export const nameFirstCharacterUnchecked: Deviation = {
  name: 'name-first-character-unchecked',
  breaks: RULE,
  description:
    'ConnectionName is checked with one character class for every position: "-abcd" and ' +
    '"_abcd" are accepted though a name must start with a letter or digit.',
  hooks: (base) => ({
    inputViolations: (schema, input) =>
      base.inputViolations(schema, input).filter((v) => {
        if (v.requirement !== RULE) return true;
        const name = valueAt(input, v.instancePath);
        return !(typeof name === 'string' && LOOSE.test(name));
      }),
  }),
};
