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

type Command = fc.AsyncCommand<LifecycleModel, object>;

/** The names a sequence uses: prefixes of each other, or one letter apart; few, for the quota. */
export const NAME_SUFFIXES = ['-a', '-ab', '-abc', '-b', '-c'] as const;

const slot = fc.nat({ max: NAME_SUFFIXES.length - 1 });
const pick = fc.nat({ max: 7 });

function choices<K extends string>(kinds: readonly K[], max: number): fc.Arbitrary<KeyChoice<K>[]> {
  const choice = fc.record({
    kind: fc.constantFrom(...kinds),
    pick: fc.nat({ max: MAX_TAGS }),
    key: tagKey(),
    value: tagValue(),
  });
  // Kept whole when a failure shrinks: a sequence shrinks by its commands, each rerun of it
  // costs dozens of calls, and which keys a call names matters more than their text.
  return fc.noShrink(fc.array(choice, { minLength: 1, maxLength: max, size: 'max' }));
}

// A page size below the number of connections a sequence holds (so that there are later pages),
// none, or any at all.
const pageSize = fc.oneof(
  fc.constant(undefined),
  { arbitrary: fc.constant(1), weight: 2 },
  fc.integer({ min: 1, max: 3 }),
  maxResults(),
);

const createTags = fc.noShrink(
  fc.oneof(tags({ maxLength: 3 }), tags({ minLength: 20, maxLength: MAX_TAGS })),
);
const createCommand = fc
  .tuple(slot, providerType(), createTags)
  .map(([s, p, t]) => new CreateCommand(s, p, t));

const COMMANDS: fc.Arbitrary<Command>[] = [
  createCommand,
  createCommand,
  createCommand,
  fc
    .tuple(fc.constantFrom('live', 'other id', 'deleted' as const), pick)
    .map(([k, p]) => new DeleteCommand(k, p)),
  fc
    .tuple(
      fc.constantFrom('none', 'none', 'exact', 'other case', 'prefix', 'extension' as const),
      slot,
      pageSize,
    )
    .map(([f, s, max]) => new ListCommand(f, s, max)),
  fc
    .tuple(pick, choices(['new', 'new', 'overwrite', 'prefix', 'extension'] as const, 30))
    .map(([p, c]) => new TagCommand(p, c)),
  fc
    .tuple(pick, choices(['present', 'absent', 'prefix', 'extension'] as const, 6))
    .map(([p, c]) => new UntagCommand(p, c)),
  pick.map((p) => new ListTagsCommand(p)),
];

/** The three creates every sequence opens with, so that listings have later pages from the start. */
const opening: fc.Arbitrary<Command[]> = fc
  .tuple(providerType(), providerType(), providerType(), createTags)
  .map(([p0, p1, p2, t]) => [
    new CreateCommand(0, p0, t),
    new CreateCommand(1, p1, []),
    new CreateCommand(2, p2, []),
  ]);

/** A sequence: the opening, then up to `maxCommands` commands of any kind. */
export class Sequence implements Iterable<Command> {
  constructor(
    readonly opening: readonly Command[],
    readonly rest: Iterable<Command>,
  ) {}

  *[Symbol.iterator](): Iterator<Command> {
    yield* this.opening;
    yield* this.rest;
  }

  toString(): string {
    return [...this.opening.map((c) => c.toString()), fc.stringify(this.rest)].join(',');
  }
}

export function lifecycleCommands(maxCommands: number): fc.Arbitrary<Sequence> {
  return fc
    .tuple(opening, fc.commands(COMMANDS, { maxCommands, size: 'max' }))
    .map(([first, rest]) => new Sequence(first, rest));
}
