// ListTagsForResource on a live connection: its tags are the model's.
import type fc from 'fast-check';
import { liveAt, type LifecycleModel } from './model.js';
import { requireTags } from './observe-connection.js';

export class ListTagsCommand implements fc.AsyncCommand<LifecycleModel, object> {
  constructor(readonly pick: number) {}

  check(m: Readonly<LifecycleModel>): boolean {
    return m.live.size > 0;
  }

  async run(m: LifecycleModel): Promise<void> {
    const c = liveAt(m, this.pick);
    if (c) await requireTags(c, `${this.toString()} of ${c.name}`);
  }

  toString(): string {
    return `listTags(#${this.pick})`;
  }
}
