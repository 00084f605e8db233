// CreateConnection of one of the sequence's names, with 0 to 48 tags and either provider: a new
// name is created as given; a live name is refused and the connection kept; a deleted name is
// created again or, where the target reserves it, refused (learned, never failed).
import type { ProviderType, Tag } from '@aws-sdk/client-apprunner';
import type fc from 'fast-check';
import { OPERATIONS } from '../../contract/index.js';
import { sendCreate } from '../checks/connections.js';
import { failureOf, require } from '../checks/errors.js';
import { RequirementFailure } from '../checks/meta.js';
import { runContext } from '../run-context.js';
import type { LifecycleModel, ModelConnection } from './model.js';
import { requireListedAndTagged } from './observe-connection.js';

const CREATE_ERRORS: readonly string[] =
  OPERATIONS.operations.find((o) => o.name === 'CreateConnection')?.errors ?? [];

export class CreateCommand implements fc.AsyncCommand<LifecycleModel, object> {
  constructor(
    readonly slot: number,
    readonly provider: ProviderType,
    readonly tags: Required<Tag>[],
  ) {}

  check(m: Readonly<LifecycleModel>): boolean {
    const name = m.names[this.slot % m.names.length] ?? '';
    return m.live.has(name) || (m.live.size < m.maxLive && !m.reserved.has(name));
  }

  async run(m: LifecycleModel): Promise<void> {
    const name = m.names[this.slot % m.names.length] ?? '';
    const existing = m.live.get(name);
    const input = { ConnectionName: name, ProviderType: this.provider, Tags: this.tags };
    if (existing) return this.duplicate(existing, input);
    const skew = runContext().config.clockSkewSeconds;
    const from = Date.now() / 1000 - skew;
    const out = sendCreate(input);
    const failure = await failureOf(out);
    const to = Date.now() / 1000 + skew;
    const again = m.deleted.find((c) => c.name === name);
    if (failure) {
      // A name may stay reserved for a while after its deletion: the facts leave it open.
      if (again && CREATE_ERRORS.includes(failure.name)) {
        m.learned.recreate ??= `refused: ${failure.name}`;
        m.reserved.add(name);
        return;
      }
      throw new RequirementFailure(
        ['CONN-CREATE-ECHO'],
        `${this.toString()}: a valid create was refused: ${failure.name} ${failure.message}`,
      );
    }
    const c = (await out).Connection ?? {};
    require(c.ConnectionName === name &&
      c.ProviderType ===
        this
          .provider, 'CONN-CREATE-ECHO', `${this.toString()} answered ${c.ConnectionName} ${c.ProviderType}`);
    require(c.Status ===
      'PENDING_HANDSHAKE', 'CONN-CREATE-STATUS', `${this.toString()} answered Status ${c.Status}`);
    const createdAt = c.CreatedAt instanceof Date ? c.CreatedAt.getTime() / 1000 : NaN;
    require(createdAt >= from &&
      createdAt <=
        to, 'CONN-CREATED-AT', `${this.toString()} answered CreatedAt ${createdAt}, outside ${from}..${to}`);
    const made: ModelConnection = {
      name,
      arn: c.ConnectionArn ?? '',
      provider: this.provider,
      createdAt,
      tags: new Map(this.tags.map((t) => [t.Key, { value: t.Value, origin: 'create' }])),
      untagged: new Set(),
    };
    if (again) {
      m.learned.recreate ??= 'created again';
      m.learned.recreatedArn ??= again.arn === made.arn ? 'the same ARN' : 'a different ARN';
    }
    m.live.set(name, made);
    await requireListedAndTagged(made, `after ${this.toString()}`, () => 'TAG-CREATE-ROUNDTRIP');
  }

  /** A second connection of a live name: refused with a modeled error, the first one kept. */
  private async duplicate(
    existing: ModelConnection,
    input: Parameters<typeof sendCreate>[0],
  ): Promise<void> {
    const failure = await failureOf(sendCreate(input));
    require(failure, 'CONN-NAME-UNIQUE', `${this.toString()}: a second connection named ${existing.name} was created`);
    require(CREATE_ERRORS.includes(
      failure.name,
    ), 'CONN-NAME-UNIQUE', `${this.toString()}: refused with ${failure.name}, not a modeled error`);
    await requireListedAndTagged(existing, `after ${this.toString()}`, () => 'CONN-NAME-UNIQUE');
  }

  toString(): string {
    return `create(#${this.slot}, ${this.provider}, ${this.tags.length} tags)`;
  }
}
