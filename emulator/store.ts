// Connections of one account in one Region. Names and ARNs are indexed for O(1) lookups; an
// append-only array keeps creation order so that ListConnections pages cost O(page), not O(all).
import type { NewConnection, StoredConnection } from './connection.js';
import { orderedPage, type Direction } from './ordered-page.js';

// Removed entries stay in the order array until they make up half of it; compacting then keeps
// deletes O(1) amortised and bounds how many removed entries a page can have to skip.
const COMPACT_MIN = 64;

export class ConnectionStore {
  readonly #byArn = new Map<string, StoredConnection>();
  readonly #byName = new Map<string, StoredConnection>();
  #ordered: StoredConnection[] = [];
  #removedInOrder = 0;
  #lastSeq = 0;

  /** Live connections. */
  get size(): number {
    return this.#byArn.size;
  }

  byArn(arn: string): StoredConnection | undefined {
    return this.#byArn.get(arn);
  }

  byName(name: string): StoredConnection | undefined {
    return this.#byName.get(name);
  }

  /** Stores a connection without any check: uniqueness and quota are the caller's to enforce. */
  insert(draft: NewConnection): StoredConnection {
    // Members listed one by one (not spread) so every stored connection has one hidden class.
    const stored: StoredConnection = {
      name: draft.name,
      arn: draft.arn,
      providerType: draft.providerType,
      createdAt: draft.createdAt,
      status: draft.status,
      tags: draft.tags,
      seq: ++this.#lastSeq,
      removed: false,
      summary: undefined,
    };
    this.#byArn.set(stored.arn, stored);
    this.#byName.set(stored.name, stored);
    this.#ordered.push(stored);
    return stored;
  }

  /** Removes a live connection; false when it is not (or no longer) stored. */
  remove(connection: StoredConnection): boolean {
    if (this.#byArn.get(connection.arn) !== connection) return false;
    this.#byArn.delete(connection.arn);
    if (this.#byName.get(connection.name) === connection) this.#byName.delete(connection.name);
    connection.removed = true;
    if (++this.#removedInOrder >= COMPACT_MIN && this.#removedInOrder * 2 >= this.#ordered.length) {
      this.#ordered = this.#ordered.filter((c) => !c.removed);
      this.#removedInOrder = 0;
    }
    return true;
  }

  /** Up to `count` live connections after the one with seq `cursor`, in `direction`. */
  page(cursor: number | undefined, count: number, direction: Direction): StoredConnection[] {
    return orderedPage(this.#ordered, cursor, count, direction);
  }

  /** Every live connection, oldest first. O(n): for callers that must see all of them. */
  all(): StoredConnection[] {
    return this.#ordered.filter((c) => !c.removed);
  }
}
