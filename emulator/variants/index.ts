// Every named variant: each uses a freedom the contract leaves, so the conformance suites must
// still pass against it. Variants can be combined; they apply in the order given.
import type { Variant } from '../behaviour/change.js';
import { bareErrorType } from './bare-error-type.js';
import { deletedConnectionsListed } from './deleted-connections-listed.js';
import { emptyLastPage } from './empty-last-page.js';
import { extraHeaders } from './extra-headers.js';
import { extraMembers } from './extra-members.js';
import { forgedTokenRestarts } from './forged-token-restarts.js';
import { idFromName } from './id-from-name.js';
import { missingNameNotFound } from './missing-name-not-found.js';
import { nameReservedAfterDelete } from './name-reserved-after-delete.js';
import { newestFirst } from './newest-first.js';
import { otherMessages } from './other-messages.js';
import { otherRequestIds } from './other-request-ids.js';
import { otherTokenForm } from './other-token-form.js';
import { preexistingConnections } from './preexisting-connections.js';
import { quotaStatus400 } from './quota-status-400.js';
import { shortPages } from './short-pages.js';
import { shuffledPages } from './shuffled-pages.js';
import { tagsReversed } from './tags-reversed.js';
import { uuidConnectionId } from './uuid-connection-id.js';
import { wholeSecondCreatedAt } from './whole-second-created-at.js';

/** Every variant; an emulator may run with any of them together. */
export const VARIANTS: readonly Variant[] = [
  bareErrorType,
  quotaStatus400,
  otherMessages,
  newestFirst,
  shuffledPages,
  shortPages,
  emptyLastPage,
  otherTokenForm,
  tagsReversed,
  uuidConnectionId,
  wholeSecondCreatedAt,
  extraMembers,
  extraHeaders,
  otherRequestIds,
  preexistingConnections,
  idFromName,
  nameReservedAfterDelete,
  forgedTokenRestarts,
  deletedConnectionsListed,
  missingNameNotFound,
];

/** The names {@link EmulatorOptions}.variants accepts. */
export const VARIANT_NAMES: readonly string[] = VARIANTS.map((v) => v.name);

export function variantNamed(name: string): Variant {
  const found = VARIANTS.find((v) => v.name === name);
  if (!found) throw new Error(`unknown variant "${name}"`);
  return found;
}
