// Sequences of overlapping groups, for fc.asyncModelRun with fc.scheduler (scheduled-sends.ts):
// creates of one name, and tag and untag calls on one connection. Each sequence starts from an
// account holding none of this file's connections.
import fc from 'fast-check';
import { providerType, tagKey, tags, tagValue } from '../../generators/index.js';
import { cleanupConnections } from '../checks/connections.js';
import { uniqueName } from '../checks/names.js';
import { MAX_TAGS } from '../lifecycle/model.js';
import { CreateRace } from './create-race.js';
import type { RaceModel } from './model.js';
import { TagRace, type RaceCall } from './tag-race.js';

type Command = fc.AsyncCommand<RaceModel, fc.Scheduler>;

const groupSize = { minLength: 2, maxLength: 3 };

const createRace = fc
  .array(
    fc.record({ provider: providerType(), tags: fc.noShrink(tags({ maxLength: 3 })) }),
    groupSize,
  )
  .map((calls) => new CreateRace(calls));

const choice = fc.record({
  kind: fc.constantFrom('new', 'new', 'overwrite', 'prefix', 'extension' as const),
  pick: fc.nat({ max: MAX_TAGS }),
  key: tagKey(),
  value: tagValue(),
});
// Kept whole when a failure shrinks, as in the lifecycle: which keys a call names matters more
// than their text, and every rerun is a dozen calls.
const raceCall: fc.Arbitrary<RaceCall> = fc.record({
  kind: fc.constantFrom('tag', 'tag', 'untag' as const),
  choices: fc.noShrink(fc.array(choice, { minLength: 1, maxLength: 6 })),
});
const tagRace = fc
  .tuple(fc.nat({ max: 7 }), fc.array(raceCall, groupSize))
  .map(([pick, calls]) => new TagRace(pick, calls));

const COMMANDS: fc.Arbitrary<Command>[] = [createRace, tagRace, tagRace];

/** A scheduler and a sequence that opens with a group of creates, so tag groups have a target. */
export function interleavedSequences(maxCommands: number): fc.Arbitrary<[fc.Scheduler, Command[]]> {
  return fc.tuple(
    fc.scheduler(),
    fc
      .tuple(createRace, fc.commands(COMMANDS, { maxCommands, size: 'max' }))
      .map(([first, rest]) => [first, ...rest]),
  );
}

/** A fresh model, after deleting whatever this file holds (a target that kept every create too). */
export async function freshRaceModel(
  s: fc.Scheduler,
): Promise<{ model: RaceModel; real: fc.Scheduler }> {
  await cleanupConnections();
  return { model: { base: uniqueName(), created: 0, live: [] }, real: s };
}
