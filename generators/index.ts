// Public surface of the generators: one arbitrary per file, each taking one options object, built
// from the constraints in spec/. Valid arbitraries produce values of the contract's wire types;
// invalid ones produce labels (see labels.ts) naming the requirement each value breaks.
export type { Invalid, InvalidKind, Observation } from './labels.js';
export type { InvalidCase, Selection } from './internal/reasons.js';

export { connectionName, type ConnectionNameOptions } from './connection-name.js';
export {
  invalidConnectionName,
  invalidConnectionNameCases,
  INVALID_CONNECTION_NAME_REASONS,
  type InvalidConnectionNameOptions,
  type InvalidConnectionNameReason,
} from './invalid-connection-name.js';

export { providerType, type ProviderTypeOptions } from './provider-type.js';
export {
  invalidProviderType,
  invalidProviderTypeCases,
  INVALID_PROVIDER_TYPE_REASONS,
  type InvalidProviderTypeOptions,
  type InvalidProviderTypeReason,
} from './invalid-provider-type.js';

export { tagKey, type TagKeyOptions } from './tag-key.js';
export { tagValue, type TagValueOptions } from './tag-value.js';
export { tag, type TagOptions } from './tag.js';
export { tags, type TagsOptions } from './tags.js';
export {
  invalidTagKey,
  invalidTagKeyCases,
  INVALID_TAG_KEY_REASONS,
  type InvalidTagKeyOptions,
  type InvalidTagKeyReason,
} from './invalid-tag-key.js';
export {
  invalidTagValue,
  invalidTagValueCases,
  INVALID_TAG_VALUE_REASONS,
  type InvalidTagValueOptions,
  type InvalidTagValueReason,
} from './invalid-tag-value.js';
export {
  tagsWithDuplicateKey,
  type DuplicateKeyObservation,
  type TagsWithDuplicateKeyOptions,
} from './tags-with-duplicate-key.js';
export {
  tagValueWithLineTerminator,
  type TagValueWithLineTerminatorOptions,
} from './tag-value-with-line-terminator.js';

export {
  createConnectionInput,
  type CreateConnectionInputOptions,
} from './create-connection-input.js';
export {
  invalidCreateConnectionInput,
  invalidCreateConnectionInputCases,
  type InvalidCreateConnectionInputCase,
  type InvalidCreateConnectionInputOptions,
} from './invalid-create-connection-input.js';

export { connectionArn, type ConnectionArnOptions } from './connection-arn.js';
export {
  invalidConnectionArn,
  invalidConnectionArnCases,
  INVALID_CONNECTION_ARN_REASONS,
  type InvalidConnectionArnOptions,
  type InvalidConnectionArnReason,
} from './invalid-connection-arn.js';

export { maxResults, type MaxResultsOptions } from './max-results.js';
export {
  invalidMaxResults,
  invalidMaxResultsCases,
  INVALID_MAX_RESULTS_REASONS,
  type InvalidMaxResultsOptions,
  type InvalidMaxResultsReason,
} from './invalid-max-results.js';
export { nextToken, type NextTokenOptions } from './next-token.js';
export {
  invalidNextToken,
  invalidNextTokenCases,
  INVALID_NEXT_TOKEN_REASONS,
  type InvalidNextTokenOptions,
  type InvalidNextTokenReason,
} from './invalid-next-token.js';
