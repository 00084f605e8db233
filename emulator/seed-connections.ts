// Connections a Region's store starts with, as in an account that is already in use: the gate
// must judge only what it created and page over the rest.
import type { Behaviour } from './behaviour/behaviour.js';
import type { ConnectionStatus } from '../contract/index.js';
import type { ConnectionStore } from './store.js';

export function seedConnections(
  base: Behaviour,
  accountId: string,
  store: ConnectionStore,
  region: string,
  seed: { count: number; prefix: string; status: ConnectionStatus },
): void {
  for (let n = 1; n <= seed.count; n++) {
    const id = base.connectionId(`${seed.prefix}-${n}`);
    const name = `${seed.prefix}-${n}-${id.slice(0, 8)}`;
    store.insert({
      name,
      arn: base.connectionArn({ region, accountId, name, id }),
      providerType: n % 2 === 0 ? 'BITBUCKET' : 'GITHUB',
      createdAt: base.createdAt(),
      status: seed.status,
      tags: new Map([['seeded', 'true']]),
    });
  }
}
