// TagResource on a live connection: new keys, overwrites of keys it has, and keys that are a
// prefix or an extension of one it has (which must stay separate keys). Afterwards its tags are
// exactly the model's.
import { TagResourceCommand } from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import type { RequirementId } from '../../contract/index.js';
import { failureOf } from '../checks/errors.js';
import { RequirementFailure } from '../checks/meta.js';
import { runContext } from '../run-context.js';
import { liveAt, MAX_TAGS, type LifecycleModel, type ModelConnection } from './model.js';
import { requireTags } from './observe-connection.js';
import { relatedKey, type KeyChoice } from './tag-keys.js';

export class TagCommand implements fc.AsyncCommand<LifecycleModel, object> {
  constructor(
    readonly pick: number,
    readonly choices: KeyChoice<'new' | 'overwrite' | 'prefix' | 'extension'>[],
  ) {}

  check(m: Readonly<LifecycleModel>): boolean {
    return m.live.size > 0;
  }

  /** The tags to send: distinct keys, and no more than the connection may hold afterwards. */
  tagsFor(c: ModelConnection): { Key: string; Value: string }[] {
    const tags = new Map<string, string>();
    let count = c.tags.size;
    for (const choice of this.choices) {
      const key = relatedKey(choice, c);
      if (key === undefined || tags.has(key)) continue;
      if (!c.tags.has(key) && count >= MAX_TAGS) continue;
      if (!c.tags.has(key)) count += 1;
      tags.set(key, choice.value);
    }
    return [...tags].map(([Key, Value]) => ({ Key, Value }));
  }

  async run(m: LifecycleModel): Promise<void> {
    const c = liveAt(m, this.pick);
    if (!c) return;
    const tags = this.tagsFor(c);
    const added = new Set(tags.filter((t) => !c.tags.has(t.Key)).map((t) => t.Key));
    const { client } = runContext();
    const failure = await failureOf(
      client.send(new TagResourceCommand({ ResourceArn: c.arn, Tags: tags })),
    );
    if (failure)
      throw new RequirementFailure(
        [added.size > 0 ? 'TAG-ADD' : 'TAG-OVERWRITE'],
        `${this.toString()} of ${tags.length} tags on ${c.name} was refused: ${failure.name} ${failure.message}`,
      );
    for (const t of tags) {
      c.tags.set(t.Key, { value: t.Value, origin: added.has(t.Key) ? 'tag' : 'overwrite' });
      c.untagged.delete(t.Key);
    }
    const sent = new Set(tags.map((t) => t.Key));
    // A key the call did not name must be as it was: TagResource only adds and overwrites.
    const blame = (d: { key: string }): RequirementId =>
      !sent.has(d.key) || added.has(d.key) ? 'TAG-ADD' : 'TAG-OVERWRITE';
    await requireTags(c, `after ${this.toString()}`, blame);
  }

  toString(): string {
    return `tag(#${this.pick}, ${this.choices.map((c) => c.kind).join(' ')})`;
  }
}
