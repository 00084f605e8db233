// The hook points of the emulator. The operations and the protocol layer call these and nothing
// else for any decision a deviation or a variant may change; behaviour/faithful.ts holds the
// conformant default of each. A deviation (deviations/) or a variant (variants/) replaces one or
// a few hooks, so the normal path never tests for a deviation by name.
import type {
  ConnectionStatus,
  OperationName,
  SchemaName,
  Tag,
  Violation,
} from '../../contract/index.js';
import type { ArnParts } from '../arn.js';
import type { NewConnection, StoredConnection, TagMap } from '../connection.js';
import type { Direction } from '../ordered-page.js';
import type { ServiceError } from '../protocol/service-error.js';
import type { ConnectionStore } from '../store.js';

export type Admission =
  | { outcome: 'created'; connection: StoredConnection }
  | { outcome: 'duplicate' }
  | { outcome: 'quota' };

export type TokenRejection = 'forged' | 'other-parameters';

export interface Behaviour {
  // Wire
  /** Headers of every response; `error` is set on error responses. */
  responseHeaders(head: { requestId: string; error?: ServiceError }): Record<string, string>;
  /** Status and body of a successful call; body undefined sends none. */
  successResponse(op: OperationName, output: object): { status: number; body: string | undefined };
  errorStatus(error: ServiceError): number;
  errorBody(error: ServiceError): Record<string, unknown>;
  /** Parses a non-empty request body; throws a SerializationException when it is not JSON. */
  parseJson(text: string): unknown;

  // Input
  /** The constraint violations of an input message; the first is reported, none means valid. */
  inputViolations(schema: SchemaName, input: unknown): Violation[];

  // Connections
  connectionId(name: string): string;
  /** Creation time in epoch seconds. */
  createdAt(): number;
  initialStatus(): ConnectionStatus;
  connectionArn(parts: ArnParts): string;
  /** Stores `draft` unless its name is taken or the quota is reached, atomically. */
  admit(
    store: ConnectionStore,
    draft: NewConnection,
    quota: number,
  ): Admission | Promise<Admission>;
  /** The live connection `arn` names in the caller's store, as `op` sees it. */
  resolveConnection(
    store: ConnectionStore,
    arn: string,
    op: OperationName,
  ): StoredConnection | undefined;
  statusAfterDelete(connection: StoredConnection): ConnectionStatus;
  /**
   * A connection as `op` answers it: a Connection or a ConnectionSummary. It must depend only on
   * the connection and `op`: ListConnections caches each summary's JSON.
   */
  connectionView(connection: StoredConnection, op: OperationName): Record<string, unknown>;

  // Tags
  tagsAtCreation(tags: readonly Tag[]): TagMap;
  /** TagResource: add new keys, overwrite existing ones (at once, unless a deviation waits). */
  applyTags(target: TagMap, tags: readonly Tag[]): void | Promise<void>;
  removeTags(target: TagMap, keys: readonly string[]): void;
  tagList(tags: TagMap): Tag[];

  // Listing
  /** ListConnections' name filter: matching connections, oldest first. */
  selectByName(store: ConnectionStore, name: string): StoredConnection[];
  /** How many connections a page holds for a MaxResults (undefined: absent). */
  pageLimit(maxResults: number | undefined): number;
  /**
   * Whether a page carries a NextToken: `shown` items of at most `limit`, `more` when a connection
   * follows them (a page of none never carries one).
   */
  continues(shown: number, limit: number, more: boolean): boolean;
  /**
   * The cursor a NextToken carries, from the page's last item and the first one left out
   * (undefined when none follows and {@link continues} went on all the same).
   */
  nextCursor(last: StoredConnection, following: StoredConnection | undefined): number;
  /** The text a NextToken the codec issued is sent as. */
  tokenText(issued: string): string;
  /** The codec's token a NextToken text stands for; undefined when it is not one tokenText made. */
  issuedToken(text: string): string | undefined;
  /** What a NextToken that fails verification leads to: an error, or a listing from the start. */
  rejectedToken(reason: TokenRejection): ServiceError | 'restart';
  listDirection: Direction;
  arrangePage(page: StoredConnection[]): StoredConnection[];
  /** Fills a Region's store when first used (faithful: an empty account). */
  seedScope(store: ConnectionStore, region: string): void;
}
