// UntagResource on a live connection: keys it has, keys it has not, and keys that are a prefix
// or an extension of one it has. Afterwards exactly the given keys are gone. Untagging an absent
// key may be refused (the facts leave it open): then nothing may have changed.
import { UntagResourceCommand } from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import { failureOf } from '../checks/errors.js';
import { RequirementFailure } from '../checks/meta.js';
import { runContext } from '../run-context.js';
import { liveAt, type LifecycleModel } from './model.js';
import { requireTags } from './observe-connection.js';
import { relatedKey, type KeyChoice } from './tag-keys.js';

export class UntagCommand implements fc.AsyncCommand<LifecycleModel, object> {
  constructor(
    readonly pick: number,
    readonly choices: KeyChoice<'present' | 'absent' | 'prefix' | 'extension'>[],
  ) {}

  check(m: Readonly<LifecycleModel>): boolean {
    return m.live.size > 0;
  }

  async run(m: LifecycleModel): Promise<void> {
    const c = liveAt(m, this.pick);
    if (!c) return;
    const keys = [
      ...new Set(
        this.choices.map((choice) => relatedKey(choice, c)).filter((k) => k !== undefined),
      ),
    ];
    if (keys.length === 0) return;
    const absent = keys.filter((k) => !c.tags.has(k));
    const { client } = runContext();
    const failure = await failureOf(
      client.send(new UntagResourceCommand({ ResourceArn: c.arn, TagKeys: keys })),
    );
    if (failure && absent.length === 0)
      throw new RequirementFailure(
        ['TAG-UNTAG-REMOVES'],
        `${this.toString()} of ${keys.length} keys ${c.name} has was refused: ${failure.name} ${failure.message}`,
      );
    if (absent.length > 0)
      m.learned.untagAbsentKey ??= failure ? `refused: ${failure.name}` : 'accepted';
    if (!failure)
      for (const k of keys) {
        c.tags.delete(k);
        c.untagged.add(k);
      }
    await requireTags(c, `after ${this.toString()}`, () => 'TAG-UNTAG-REMOVES');
  }

  toString(): string {
    return `untag(#${this.pick}, ${this.choices.map((c) => c.kind).join(' ')})`;
  }
}
