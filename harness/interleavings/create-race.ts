// Two or three CreateConnection calls of one new name, overlapping: exactly one succeeds
// (CONN-NAME-UNIQUE-CONCURRENT), the account then lists one connection of that name, and it has
// the tags of the call that won.
import { ListConnectionsCommand, type ProviderType, type Tag } from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import { sendCreate } from '../checks/connections.js';
import { require } from '../checks/errors.js';
import { RequirementFailure } from '../checks/meta.js';
import type { ModelConnection } from '../lifecycle/model.js';
import { requireTags } from '../lifecycle/observe-connection.js';
import { runContext } from '../run-context.js';
import { MAX_LIVE, type RaceModel } from './model.js';
import { answeredStatus, sendOverlapping } from './scheduled-sends.js';

export interface CreateCall {
  provider: ProviderType;
  tags: Required<Tag>[];
}

export class CreateRace implements fc.AsyncCommand<RaceModel, fc.Scheduler> {
  constructor(readonly calls: readonly CreateCall[]) {}

  check(m: Readonly<RaceModel>): boolean {
    return m.live.length < MAX_LIVE;
  }

  async run(m: RaceModel, s: fc.Scheduler): Promise<void> {
    const name = `${m.base}-r${m.created++}`;
    const outcomes = await sendOverlapping(
      s,
      this.calls.map((call, i) => ({
        label: `create #${i} ${call.provider}`,
        send: () =>
          sendCreate({ ConnectionName: name, ProviderType: call.provider, Tags: call.tags }),
      })),
    );
    for (const o of outcomes)
      // Not an answer (a network fault): the harness's failure, not the target's.
      if (o.status === 'rejected' && answeredStatus(o.reason) === undefined) throw o.reason;
    const won = outcomes.flatMap((o, i) =>
      o.status === 'fulfilled' && o.value.Connection ? [{ i, c: o.value.Connection }] : [],
    );
    const refusals = outcomes.flatMap((o) =>
      o.status === 'rejected' ? [`${(o.reason as Error).name} ${answeredStatus(o.reason)}`] : [],
    );
    if (won.length !== 1)
      throw new RequirementFailure(
        ['CONN-NAME-UNIQUE-CONCURRENT'],
        `${won.length} of ${this.calls.length} overlapping creates of ${name} succeeded` +
          (refusals.length > 0 ? ` (refused: ${refusals.join(', ')})` : ''),
      );
    const [{ i, c }] = won as [(typeof won)[number]];
    const winner = this.calls[i] as CreateCall;
    const connection: ModelConnection = {
      name,
      arn: c.ConnectionArn ?? '',
      provider: winner.provider,
      createdAt: c.CreatedAt instanceof Date ? c.CreatedAt.getTime() / 1000 : NaN,
      tags: new Map(winner.tags.map((t) => [t.Key, { value: t.Value, origin: 'create' }])),
      untagged: new Set(),
    };
    m.live.push(connection);
    const { client } = runContext();
    const listed = await client.send(new ListConnectionsCommand({ ConnectionName: name }));
    const named = (listed.ConnectionSummaryList ?? []).filter(
      (x) => x.ConnectionName === name && x.Status !== 'DELETED',
    );
    require(named.length ===
      1, 'CONN-NAME-UNIQUE-CONCURRENT', `after ${this.toString()}, ${named.length} connections named ${name} are listed`);
    // The connection holds the winner's tags, not a loser's (TagResource's rule at creation).
    await requireTags(connection, `after ${this.toString()}`, () => 'TAG-CREATE-ROUNDTRIP');
  }

  toString(): string {
    return `createRace(${this.calls.map((c) => `${c.provider}+${c.tags.length} tags`).join(', ')})`;
  }
}
