// DeleteConnection of a live connection (answered DELETED, gone from the model), of an ARN that
// carries a live connection's name and another id, and of an ARN already deleted: the last two
// are unknown ARNs, refused with ResourceNotFoundException, and the live connection is kept.
import { DeleteConnectionCommand } from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import { deleteConnection } from '../checks/connections.js';
import { expectError, require } from '../checks/errors.js';
import { RequirementFailure } from '../checks/meta.js';
import { runContext } from '../run-context.js';
import { liveAt, type LifecycleModel, type ModelConnection } from './model.js';
import { requireListed } from './observe-connection.js';

export type DeleteKind = 'live' | 'other id' | 'deleted';

/**
 * The ARN with another id of the same length: all f, or all 0 where the id is all f. Fixed, not
 * derived from the id, so that a replayed run (whose ids are placeholders) asks the same.
 */
export function otherId(arn: string): string {
  const cut = arn.lastIndexOf('/') + 1;
  const id = arn.slice(cut);
  const other = 'f'.repeat(id.length);
  return `${arn.slice(0, cut)}${id === other ? '0'.repeat(id.length) : other}`;
}

export class DeleteCommand implements fc.AsyncCommand<LifecycleModel, object> {
  constructor(
    readonly kind: DeleteKind,
    readonly pick: number,
  ) {}

  check(m: Readonly<LifecycleModel>): boolean {
    return this.kind === 'deleted' ? m.deleted.length > 0 : m.live.size > 0;
  }

  async run(m: LifecycleModel): Promise<void> {
    if (this.kind === 'deleted') return this.deleted(m);
    const c = liveAt(m, this.pick);
    if (!c) return;
    if (this.kind === 'other id') return this.otherId(c);
    const answered = await deleteConnection(c.arn).catch((e: unknown) => {
      throw new RequirementFailure(
        ['DELETE-RETURNS-DELETED'],
        `${this.toString()} of ${c.name} was refused: ${e instanceof Error ? e.message : String(e)}`,
      );
    });
    m.live.delete(c.name);
    m.deleted.push(c);
    require(answered?.Status ===
      'DELETED', 'DELETE-RETURNS-DELETED', `${this.toString()} of ${c.name} answered Status ${answered?.Status}`);
    require(answered.ConnectionArn === c.arn &&
      answered.ConnectionName ===
        c.name, 'DELETE-RETURNS-DELETED', `${this.toString()} of ${c.name} answered ${answered.ConnectionName} ${answered.ConnectionArn}`);
  }

  private async otherId(c: ModelConnection): Promise<void> {
    const arn = otherId(c.arn);
    const { client } = runContext();
    await expectError(
      client.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
      'ResourceNotFoundException',
      'DELETE-UNKNOWN-ARN',
    );
    // The connection the name belongs to must be untouched: the id was not its id.
    try {
      await requireListed(c, `after ${this.toString()} (${arn})`);
    } catch (e) {
      if (e instanceof RequirementFailure)
        throw new RequirementFailure(['DELETE-UNKNOWN-ARN'], e.detail);
      throw e;
    }
  }

  private async deleted(m: LifecycleModel): Promise<void> {
    const c = m.deleted[this.pick % m.deleted.length];
    // A name created again may get the ARN it had (an id derived from the name): that one lives.
    if (!c || [...m.live.values()].some((l) => l.arn === c.arn)) return;
    const { client } = runContext();
    await expectError(
      client.send(new DeleteConnectionCommand({ ConnectionArn: c.arn })),
      'ResourceNotFoundException',
      'DELETE-UNKNOWN-ARN',
    );
  }

  toString(): string {
    return `delete(${this.kind} #${this.pick})`;
  }
}
