// Valid CreateConnection inputs: a valid name and provider, and, unless told otherwise, Tags in
// about 5 inputs of 6 (fast-check's record leaves an optional member out 1 time in 6; measured by
// `npm run report:boundaries`): a short list of distinct keys, empty about a quarter of the time.
import fc from 'fast-check';
import type { CreateConnectionRequest } from '../contract/index.js';
import { connectionName } from './connection-name.js';
import { providerType } from './provider-type.js';
import { tags } from './tags.js';

/** Options of {@link createConnectionInput}. */
export interface CreateConnectionInputOptions {
  /** Every ConnectionName starts with this (see connectionName's `prefix`). */
  namePrefix?: string;
  /** Whether the input carries Tags (default 'sometimes'). */
  tags?: 'always' | 'sometimes' | 'never';
  /** Most tags in the list (default DEFAULT_INPUT_MAX_TAGS, 3). */
  maxTags?: number;
}

/** How many tags an input carries at most unless told otherwise. */
export const DEFAULT_INPUT_MAX_TAGS = 3;

/**
 * Valid CreateConnection inputs: a valid name and provider and, unless told otherwise, Tags in
 * about 5 inputs of 6.
 *
 * @example
 * ```ts
 * import fc from 'fast-check';
 * import { createConnectionInput } from 'apprunner-connection-conformance/generators';
 * import { isValid } from 'apprunner-connection-conformance/contract';
 *
 * fc.assert(
 *   fc.property(createConnectionInput({ namePrefix: 'run1-' }), (input) =>
 *     isValid('CreateConnectionRequest', input),
 *   ),
 * );
 * ```
 */
export function createConnectionInput({
  namePrefix,
  tags: withTags = 'sometimes',
  maxTags = DEFAULT_INPUT_MAX_TAGS,
}: CreateConnectionInputOptions = {}): fc.Arbitrary<CreateConnectionRequest> {
  const members = {
    ConnectionName: connectionName({ prefix: namePrefix }),
    ProviderType: providerType(),
  };
  if (withTags === 'never') return fc.record(members);
  const withList = { ...members, Tags: tags({ maxLength: maxTags }) };
  if (withTags === 'always') return fc.record(withList);
  return fc.record(withList, { requiredKeys: ['ConnectionName', 'ProviderType'] });
}
