// Two or three TagResource and UntagResource calls on one connection, overlapping: its tags must
// then be what some order of the calls leaves (TAG-CONCURRENT; serial-blame.ts blames a call
// that is wrong even alone). A call refused with a 4xx took no effect; one answered 5xx may
// have taken effect or not. The keys are chosen against the connection's tags (new,
// overwritten, prefixes and extensions of its keys), and untagged keys are ones it had, each
// named by one call, so no order untags a key that is already absent.
import type fc from 'fast-check';
import { NarrowableFailure } from '../checks/meta.js';
import { MAX_TAGS, type ModelConnection } from '../lifecycle/model.js';
import { relatedKey, type KeyChoice } from '../lifecycle/tag-keys.js';
import type { RaceModel } from './model.js';
import { differences, reachableStates, sameTags, type TagCall, type TagState } from './orders.js';
import { answeredStatus, sendOverlapping } from './scheduled-sends.js';
import { serialBlame } from './serial-blame.js';
import { listedTags, sendTagCall } from './tag-calls.js';

export interface RaceCall {
  kind: 'tag' | 'untag';
  choices: KeyChoice<'new' | 'overwrite' | 'prefix' | 'extension'>[];
}

/** The group's calls against `c`: no more keys than it may hold, each untagged key once. */
export function resolveCalls(c: ModelConnection, calls: readonly RaceCall[]): TagCall[] {
  const keys = new Set(c.tags.keys());
  const untagged = new Set<string>();
  return calls.map((call): TagCall => {
    if (call.kind === 'untag') {
      const present = call.choices
        .map((choice) => relatedKey({ ...choice, kind: 'overwrite' }, c))
        .filter((k): k is string => k !== undefined && !untagged.has(k));
      for (const k of present) untagged.add(k);
      return { kind: 'untag', keys: [...new Set(present)] };
    }
    const tags = new Map<string, string>();
    for (const choice of call.choices) {
      const key = relatedKey(choice, c);
      if (key === undefined || tags.has(key)) continue;
      if (!keys.has(key) && keys.size >= MAX_TAGS) continue;
      keys.add(key);
      tags.set(key, choice.value);
    }
    return { kind: 'tag', tags: [...tags].map(([Key, Value]) => ({ Key, Value })) };
  });
}

const describe = (call: TagCall): string =>
  call.kind === 'tag' ? `tag ${call.tags.length} keys` : `untag ${call.keys.length} keys`;

export class TagRace implements fc.AsyncCommand<RaceModel, fc.Scheduler> {
  constructor(
    readonly pick: number,
    readonly calls: readonly RaceCall[],
  ) {}

  check(m: Readonly<RaceModel>): boolean {
    return m.live.length > 0;
  }

  async run(m: RaceModel, s: fc.Scheduler): Promise<void> {
    const c = m.live[this.pick % Math.max(1, m.live.length)];
    if (!c) return;
    const calls = resolveCalls(c, this.calls).filter((call) =>
      call.kind === 'tag' ? call.tags.length > 0 : call.keys.length > 0,
    );
    if (calls.length === 0) return;
    const outcomes = await sendOverlapping(
      s,
      calls.map((call, i) => ({
        label: `#${i} ${describe(call)}`,
        send: () => sendTagCall(c.arn, call),
      })),
    );
    const done: TagCall[] = [];
    const maybe: TagCall[] = [];
    for (const [i, o] of outcomes.entries()) {
      const call = calls[i] as TagCall;
      if (o.status === 'fulfilled') done.push(call);
      else if (answeredStatus(o.reason) === undefined) throw o.reason;
      else if ((answeredStatus(o.reason) ?? 0) >= 500) maybe.push(call);
    }
    const start: TagState = new Map([...c.tags].map(([k, t]) => [k, t.value]));
    const now = await listedTags(c.arn);
    const states = reachableStates(start, done, maybe);
    const match = states.find((state) => sameTags(now, state));
    if (!match) {
      const closest = states
        .map((state) => differences(now, state))
        .sort((a, b) => a.length - b.length)[0];
      const detail =
        `after ${this.toString()} on ${c.name} (${done.length} succeeded, ${maybe.length} answered 5xx), ` +
        `its tags are what no order of the calls leaves; closest order: ${(closest ?? []).slice(0, 5).join(', ')}`;
      // Once, on the sequence a failure shrank to: was it the overlap, or a call's own rule?
      throw new NarrowableFailure(['TAG-CONCURRENT'], detail, () =>
        serialBlame(start, [...done, ...maybe], detail),
      );
    }
    c.tags = new Map([...match].map(([k, v]) => [k, { value: String(v), origin: 'tag' }]));
  }

  toString(): string {
    return `tagRace(#${this.pick}, ${this.calls.map((c) => `${c.kind} ${c.choices.map((x) => x.kind).join(' ')}`).join('; ')})`;
  }
}
