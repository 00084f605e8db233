// A stored connection. Connections cannot be modified once created (only tagged and deleted), so
// everything but status, tags and the removal mark is fixed at creation.
import type { ConnectionStatus } from '../contract/index.js';
import type { JsonText } from './protocol/json-output.js';

/** Tag values by key, in the order keys were first set. A Tag may omit Value; that is kept. */
export type TagMap = Map<string, string | undefined>;

export interface NewConnection {
  readonly name: string;
  readonly arn: string;
  readonly providerType: string;
  readonly createdAt: number;
  status: ConnectionStatus;
  readonly tags: TagMap;
}

export interface StoredConnection extends NewConnection {
  /** Position in creation order within its account and Region; list cursors point at it. */
  readonly seq: number;
  /** Set when deleted; the store drops removed entries from its order lazily. */
  removed: boolean;
  /**
   * Its ListConnections summary as JSON, made on first listing. Only live connections are
   * listed, and of what a summary shows only the status can change while a connection lives:
   * whatever changes it (a handshake through the control interface) clears this.
   */
  summary: JsonText | undefined;
}
