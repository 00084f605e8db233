// The command sequences of the lifecycle model: every operation, with the choices that matter
// drawn by fast-check and resolved against the model when a command runs.
import fc from 'fast-check';
import { maxResults, providerType, tagKey, tags, tagValue } from '../../generators/index.js';
import { CreateCommand } from './create-command.js';
import { DeleteCommand } from './delete-command.js';
import { ListCommand } from './list-command.js';
import { ListTagsCommand } from './list-tags-command.js';
import type { LifecycleModel } from './model.js';
import { MAX_TAGS } from './model.js';
import { TagCommand } from './tag-command.js';
import type { KeyChoice } from './tag-keys.js';
import { UntagCommand } from './untag-command.js';

/** How many names a sequence uses: enough for prefixes of each other, few for the quota. */
export const NAME_SUFFIXES = ['-a', '-ab', '-abc', '-b'] as const;

const slot = fc.nat({ max: NAME_SUFFIXES.length - 1 });
const pick = fc.nat({ max: 7 });

function choices<K extends string>(kinds: readonly K[], max: number): fc.Arbitrary<KeyChoice<K>[]> {
  const choice = fc.record({
    kind: fc.constantFrom(...kinds),
    pick: fc.nat({ max: MAX_TAGS }),
    key: tagKey(),
    value: tagValue(),
  });
  return fc.array(choice, { minLength: 1, maxLength: max });
}

// A page size around the number of connections a sequence holds, or any at all.
const pageSize = fc.oneof(fc.constant(undefined), fc.integer({ min: 1, max: 5 }), maxResults());

const createCommand = fc
  .tuple(
    slot,
    providerType(),
    fc.oneof(tags({ maxLength: 3 }), tags({ minLength: 20, maxLength: MAX_TAGS })),
  )
  .map(([s, p, t]) => new CreateCommand(s, p, t));

const COMMANDS: fc.Arbitrary<fc.AsyncCommand<LifecycleModel, object>>[] = [
  createCommand,
  createCommand,
  fc
    .tuple(fc.constantFrom('live', 'other id', 'deleted' as const), pick)
    .map(([k, p]) => new DeleteCommand(k, p)),
  fc
    .tuple(
      fc.constantFrom('none', 'exact', 'other case', 'prefix', 'extension' as const),
      slot,
      pageSize,
    )
    .map(([f, s, max]) => new ListCommand(f, s, max)),
  fc
    .tuple(pick, choices(['new', 'overwrite', 'prefix', 'extension'] as const, 12))
    .map(([p, c]) => new TagCommand(p, c)),
  fc
    .tuple(pick, choices(['present', 'absent', 'prefix', 'extension'] as const, 6))
    .map(([p, c]) => new UntagCommand(p, c)),
  pick.map((p) => new ListTagsCommand(p)),
];

export function lifecycleCommands(maxCommands: number) {
  return fc.commands(COMMANDS, { maxCommands, size: 'max' });
}
