// Every named deviation: each breaks exactly one MUST requirement in a way an implementer could
// plausibly get wrong. The acceptance gate starts the emulator with each in turn and expects the
// conformance suites to fail that requirement.
import type { Deviation } from '../behaviour/change.js';
import { arnDefaultRegion } from './arn-default-region.js';
import { arnIdBeforeName } from './arn-id-before-name.js';
import { arnPatternUnanchored } from './arn-pattern-unanchored.js';
import { awsTagKeysAccepted } from './aws-tag-keys-accepted.js';
import { contentTypeApplicationJson } from './content-type-application-json.js';
import { createAnswers201 } from './create-answers-201.js';
import { createCheckThenInsert } from './create-check-then-insert.js';
import { createDropsTags } from './create-drops-tags.js';
import { createEchoesDefaultProvider } from './create-echoes-default-provider.js';
import { createUpserts } from './create-upserts.js';
import { createdAtMilliseconds } from './created-at-milliseconds.js';
import { createdAvailable } from './created-available.js';
import { defaultPageSize } from './default-page-size.js';
import { deleteAnswersPriorStatus } from './delete-answers-prior-status.js';
import { deleteRepeatSucceeds } from './delete-repeat-succeeds.js';
import { errorMessageLowercase } from './error-message-lowercase.js';
import { errorTypeHeaderOnly } from './error-type-header-only.js';
import { filterByPrefix } from './filter-by-prefix.js';
import { listTagsUnknownEmpty } from './list-tags-unknown-empty.js';
import { malformedJson500 } from './malformed-json-500.js';
import { maxResultsClamped } from './max-results-clamped.js';
import { namePatternUnanchored } from './name-pattern-unanchored.js';
import { notFoundAnswers404 } from './not-found-answers-404.js';
import { pageOneExtra } from './page-one-extra.js';
import { providerAnyString } from './provider-any-string.js';
import { quotaOffByOne } from './quota-off-by-one.js';
import { requestIdOnlyOnSuccess } from './request-id-only-on-success.js';
import { summaryCreatedAtIso } from './summary-created-at-iso.js';
import { summaryStatusLowercase } from './summary-status-lowercase.js';
import { summaryWithoutCreatedAt } from './summary-without-created-at.js';
import { tagAnswersEmptyBody } from './tag-answers-empty-body.js';
import { tagKeepsFirstValue } from './tag-keeps-first-value.js';
import { tagLostUpdate } from './tag-lost-update.js';
import { tagKeyLengthOffByOne, tagValueLengthOffByOne } from './tag-length-off-by-one.js';
import { tagPartialApply } from './tag-partial-apply.js';
import { tagUpdatesExistingOnly } from './tag-updates-existing-only.js';
import { tagValueUtf16Length } from './tag-value-utf16-length.js';
import { tokenReuseUnmodeledError } from './token-reuse-unmodeled-error.js';
import { tokenSkipsOne } from './token-skips-one.js';
import { untagFirstKeyOnly } from './untag-first-key-only.js';
import {
  createAnswerWithoutCreatedAt,
  deleteAnswerWithoutCreatedAt,
} from './answer-without-created-at.js';
import { deleteNeverCreatedSucceeds } from './delete-never-created-succeeds.js';
import { nameMaxOffByOne } from './name-max-off-by-one.js';
import { tagKeyUtf16Length } from './tag-key-utf16-length.js';
import {
  arnLengthUnchecked,
  deleteRequiredUnchecked,
  listTagsRequiredUnchecked,
  requiredMembersUnchecked,
  tagRequiredUnchecked,
  untagRequiredUnchecked,
} from './unchecked-constraint.js';
import {
  arnWrongTypeCrashes,
  maxResultsWrongTypeCrashes,
  nameWrongTypeCrashes,
  providerWrongTypeCrashes,
  tagKeysWrongTypeCrashes,
  tagKeyWrongTypeCrashes,
  tagsWrongTypeCrashes,
  tagValueWrongTypeCrashes,
  tagWrongTypeCrashes,
  tokenWrongTypeCrashes,
} from './crashes-on-wrong-type.js';
import { tagUnknownSucceeds, untagUnknownSucceeds } from './unknown-arn-succeeds.js';
import { deleteKeepsHandshakeStatus, listingShowsCreatedStatus } from './handshake-states.js';
import { internalErrorWithoutMessage, invalidState409 } from './rare-error-shapes.js';
import {
  createScalarBodyCrashes,
  deleteScalarBodyCrashes,
  listScalarBodyCrashes,
  listTagsScalarBodyCrashes,
  tagScalarBodyCrashes,
  untagScalarBodyCrashes,
} from './scalar-body-crashes.js';
import { createMissingMemberSerializationError } from './create-missing-member-serialization-error.js';
import { connectionCreatedAtString } from './connection-created-at-string.js';
import { tagAnswersNull, untagAnswersNull } from './answers-null.js';
import { untagLeavesNullTags } from './untag-leaves-null-tags.js';
import { quotaRefusalKeepsConnection } from './quota-refusal-keeps-connection.js';
import {
  deleteUnknownArnInvalidRequest,
  unknownArnInvalidRequest,
} from './unknown-arn-invalid-request.js';
import { maxResultsAboveMaxClamped } from './max-results-above-max-clamped.js';
import { quotaError429 } from './quota-error-429.js';
import { nameFirstCharacterUnchecked } from './name-first-character-unchecked.js';
import { createLowercasesTagKeys } from './create-lowercases-tag-keys.js';
import { createTagsCheckedAfterInsert } from './create-tags-checked-after-insert.js';
import { duplicateNameTypeHeaderOnly } from './duplicate-name-type-header-only.js';
import { duplicateName409 } from './duplicate-name-409.js';
import { tokenPagesApplicationJson } from './token-pages-application-json.js';
import { quotaErrorWithoutRequestId } from './quota-error-without-request-id.js';
import { quotaErrorWithoutMessage } from './quota-error-without-message.js';
import { protocolErrorsApplicationJson } from './protocol-errors-application-json.js';
import { summaryProviderGithub } from './summary-provider-github.js';
import { summaryCreatedAtLocalTime } from './summary-created-at-local-time.js';
import { maxResultsFirstPageOnly } from './max-results-first-page-only.js';
import { deleteByNameIgnoresId } from './delete-by-name-ignores-id.js';
import { untagRemovesPrefixedKeys } from './untag-removes-prefixed-keys.js';
import { createKeepsTenTags } from './create-keeps-ten-tags.js';
import { tagAppliesTenKeys } from './tag-applies-ten-keys.js';

/** Every deviation, in the order the mutation score runs them. */
export const DEVIATIONS: readonly Deviation[] = [
  arnDefaultRegion,
  arnIdBeforeName,
  arnPatternUnanchored,
  awsTagKeysAccepted,
  contentTypeApplicationJson,
  createAnswers201,
  createCheckThenInsert,
  tagLostUpdate,
  createDropsTags,
  createEchoesDefaultProvider,
  createUpserts,
  createdAtMilliseconds,
  createdAvailable,
  defaultPageSize,
  deleteAnswersPriorStatus,
  deleteRepeatSucceeds,
  errorMessageLowercase,
  errorTypeHeaderOnly,
  filterByPrefix,
  listTagsUnknownEmpty,
  malformedJson500,
  maxResultsClamped,
  namePatternUnanchored,
  notFoundAnswers404,
  pageOneExtra,
  providerAnyString,
  quotaOffByOne,
  requestIdOnlyOnSuccess,
  summaryCreatedAtIso,
  summaryStatusLowercase,
  summaryWithoutCreatedAt,
  tagAnswersEmptyBody,
  tagKeepsFirstValue,
  tagKeyLengthOffByOne,
  tagPartialApply,
  tagUpdatesExistingOnly,
  tagValueUtf16Length,
  tokenReuseUnmodeledError,
  tokenSkipsOne,
  untagFirstKeyOnly,
  createAnswerWithoutCreatedAt,
  deleteAnswerWithoutCreatedAt,
  deleteNeverCreatedSucceeds,
  nameMaxOffByOne,
  tagKeyUtf16Length,
  arnLengthUnchecked,
  requiredMembersUnchecked,
  tagUnknownSucceeds,
  untagUnknownSucceeds,
  deleteRequiredUnchecked,
  tagRequiredUnchecked,
  untagRequiredUnchecked,
  listTagsRequiredUnchecked,
  arnWrongTypeCrashes,
  nameWrongTypeCrashes,
  maxResultsWrongTypeCrashes,
  tokenWrongTypeCrashes,
  tagKeysWrongTypeCrashes,
  createScalarBodyCrashes,
  listScalarBodyCrashes,
  deleteScalarBodyCrashes,
  tagScalarBodyCrashes,
  untagScalarBodyCrashes,
  listTagsScalarBodyCrashes,
  createMissingMemberSerializationError,
  connectionCreatedAtString,
  tagAnswersNull,
  untagAnswersNull,
  untagLeavesNullTags,
  quotaRefusalKeepsConnection,
  unknownArnInvalidRequest,
  createLowercasesTagKeys,
  deleteUnknownArnInvalidRequest,
  tagValueLengthOffByOne,
  maxResultsAboveMaxClamped,
  quotaError429,
  providerWrongTypeCrashes,
  tagsWrongTypeCrashes,
  tagWrongTypeCrashes,
  tagKeyWrongTypeCrashes,
  tagValueWrongTypeCrashes,
  nameFirstCharacterUnchecked,
  createTagsCheckedAfterInsert,
  duplicateNameTypeHeaderOnly,
  duplicateName409,
  tokenPagesApplicationJson,
  quotaErrorWithoutRequestId,
  quotaErrorWithoutMessage,
  protocolErrorsApplicationJson,
  summaryProviderGithub,
  summaryCreatedAtLocalTime,
  maxResultsFirstPageOnly,
  deleteByNameIgnoresId,
  untagRemovesPrefixedKeys,
  createKeepsTenTags,
  tagAppliesTenKeys,
  listingShowsCreatedStatus,
  deleteKeepsHandshakeStatus,
  internalErrorWithoutMessage,
  invalidState409,
];

/** The names {@link EmulatorOptions}.deviation accepts. */
export const DEVIATION_NAMES: readonly string[] = DEVIATIONS.map((d) => d.name);

export function deviationNamed(name: string): Deviation {
  const found = DEVIATIONS.find((d) => d.name === name);
  if (!found) throw new Error(`unknown deviation "${name}"`);
  return found;
}
