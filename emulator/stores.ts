// One ConnectionStore per account and Region, made when a scope is first used: names are unique
// per account and Region, and so are quotas, listings and the ARNs a caller can reach.
import { ConnectionStore } from './store.js';

export class Stores {
  readonly #scopes = new Map<string, ConnectionStore>();

  constructor(private readonly onNewScope: (store: ConnectionStore, region: string) => void) {}

  of(accountId: string, region: string): ConnectionStore {
    const key = `${accountId}:${region}`;
    let store = this.#scopes.get(key);
    if (!store) {
      store = new ConnectionStore();
      this.#scopes.set(key, store);
      this.onNewScope(store, region);
    }
    return store;
  }
}
