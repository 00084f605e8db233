// One ConnectionStore per account and Region, made when a scope is first used: names are unique
// per account and Region, and so are quotas, listings and the ARNs a caller can reach. At most
// maxRegions scopes are made: a store is never freed (NextTokens point into it), so without a
// bound every Region name a client makes up would keep one for good.
import { modeledError } from './protocol/service-error.js';
import type { StoredConnection } from './connection.js';
import { ConnectionStore } from './store.js';

export class Stores {
  readonly #scopes = new Map<string, ConnectionStore>();
  /** Tags of every live connection, kept up to date by the operations that change tags. */
  tags = 0;

  constructor(
    private readonly maxRegions: number,
    private readonly onNewScope: (store: ConnectionStore, region: string) => void,
  ) {}

  of(accountId: string, region: string): ConnectionStore {
    const key = `${accountId}:${region}`;
    let store = this.#scopes.get(key);
    if (!store) {
      if (this.#scopes.size >= this.maxRegions) {
        throw modeledError(
          'InvalidRequestException',
          `This emulator serves at most ${this.maxRegions} Regions; ${region} would be one more.`,
        );
      }
      store = new ConnectionStore();
      this.#scopes.set(key, store);
      this.onNewScope(store, region);
    }
    return store;
  }

  /** The live connection with this ARN in any account and Region: O(Regions), which are bounded. */
  findByArn(arn: string): StoredConnection | undefined {
    for (const store of this.#scopes.values()) {
      const found = store.byArn(arn);
      if (found) return found;
    }
    return undefined;
  }

  /** Forgets every connection of every scope; a scope used again starts as a new one would. */
  clear(): void {
    this.#scopes.clear();
    this.tags = 0;
  }

  /** Live connections in all Regions: O(Regions), which are bounded. */
  get connections(): number {
    let total = 0;
    for (const store of this.#scopes.values()) total += store.size;
    return total;
  }
}
