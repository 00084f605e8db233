// What an operation sees of the emulator: the caller's store (its account and Region) and the
// behaviour hooks. Operations are synchronous where they can be, so that a check and the change
// it guards happen without another request in between.
import type { Behaviour } from '../behaviour/behaviour.js';
import type { NextTokenCodec } from '../next-token.js';
import type { EmulatorSettings } from '../options.js';
import type { ConnectionStore } from '../store.js';
import type { Stores } from '../stores.js';

export interface OperationContext {
  store: ConnectionStore;
  /** Every store, for the totals the limits bound. */
  stores: Stores;
  limits: Pick<EmulatorSettings, 'maxTagsPerConnection' | 'maxConnections' | 'maxTags'>;
  /** The caller's account and Region, as strings; NextTokens are bound to them. */
  accountId: string;
  region: string;
  quota: number;
  behaviour: Behaviour;
  tokens: NextTokenCodec;
}
