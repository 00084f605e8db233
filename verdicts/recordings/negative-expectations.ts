// What a negative set must fail: the requirement its deviation breaks, plus the few requirements
// that state the same fact from another side, so that breaking one necessarily breaks the other.
// Anything else a deviation makes fail is collateral (a check blaming the wrong requirement), and
// such a deviation gets no negative set.
import type { RequirementId } from '../../contract/index.js';
import type { ConformanceReport } from '../model.js';
import { deviationNamed } from '../../emulator/deviations/index.js';

interface Implied {
  also: RequirementId[];
  why: string;
}

// Annotated rather than cast: a cast would let a misspelt id through.
const INVALID_INPUT_ACCEPTED: Implied = {
  also: ['CONN-INVALID-REJECTED'],
  why: 'input that breaks a shape rule is invalid input, which must be rejected',
};

const CRASHES_ON_WRONG_TYPE: Implied = {
  also: ['CONN-INVALID-REJECTED', 'WIRE-MALFORMED-4XX'],
  why: 'a 5xx for a member of the wrong JSON type neither rejects invalid input nor is a 4xx',
};

const NULL_ANSWER: Implied = {
  also: ['WIRE-EMPTY-OUTPUT', 'WIRE-SUCCESS-200'],
  why: 'the body null is neither the empty object these answer nor a JSON object at all',
};

const IMPLIED: Record<string, Implied> = {
  'arn-pattern-unanchored': INVALID_INPUT_ACCEPTED,
  'name-pattern-unanchored': INVALID_INPUT_ACCEPTED,
  'name-first-character-unchecked': INVALID_INPUT_ACCEPTED,
  'aws-tag-keys-accepted': INVALID_INPUT_ACCEPTED,
  'provider-any-string': INVALID_INPUT_ACCEPTED,
  'arn-length-unchecked': INVALID_INPUT_ACCEPTED,
  'tag-key-length-off-by-one': INVALID_INPUT_ACCEPTED,
  'required-members-unchecked': INVALID_INPUT_ACCEPTED,
  'delete-required-unchecked': INVALID_INPUT_ACCEPTED,
  'tag-required-unchecked': INVALID_INPUT_ACCEPTED,
  'untag-required-unchecked': INVALID_INPUT_ACCEPTED,
  'list-tags-required-unchecked': INVALID_INPUT_ACCEPTED,
  'name-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'token-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'tag-keys-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'provider-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'tags-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'tag-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'tag-key-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'tag-value-wrong-type-crashes': INVALID_INPUT_ACCEPTED,
  'tag-value-length-off-by-one': INVALID_INPUT_ACCEPTED,
  'max-results-above-max-clamped': INVALID_INPUT_ACCEPTED,
  'max-results-clamped': INVALID_INPUT_ACCEPTED,
  // The malformed-request check sends these two members with the wrong type as well.
  'arn-wrong-type-crashes': CRASHES_ON_WRONG_TYPE,
  'max-results-wrong-type-crashes': CRASHES_ON_WRONG_TYPE,
  'tag-answers-empty-body': {
    also: ['WIRE-SUCCESS-200'],
    why: 'an empty body is not the JSON object every success must answer',
  },
  'create-upserts': {
    also: ['CONN-NAME-UNIQUE-CONCURRENT'],
    why: 'a create that takes a used name succeeds whether or not it races another',
  },
  'create-answer-without-created-at': {
    also: ['CONN-CREATED-AT'],
    why: 'a CreatedAt that is absent does not lie within the call',
  },
  'create-scalar-body-crashes': INVALID_INPUT_ACCEPTED,
  'list-scalar-body-crashes': INVALID_INPUT_ACCEPTED,
  'delete-scalar-body-crashes': INVALID_INPUT_ACCEPTED,
  'tag-scalar-body-crashes': INVALID_INPUT_ACCEPTED,
  'untag-scalar-body-crashes': INVALID_INPUT_ACCEPTED,
  'list-tags-scalar-body-crashes': INVALID_INPUT_ACCEPTED,
  'create-missing-member-serialization-error': {
    also: ['CONN-INVALID-REJECTED'],
    why: 'a missing member breaks a constraint, which must fail with InvalidRequestException',
  },
  'connection-created-at-string': {
    also: ['CONN-CREATED-AT'],
    why: 'CreatedAt in epoch seconds is a JSON number on the wire, which a string is not',
  },
  'tag-answers-null': NULL_ANSWER,
  'untag-answers-null': NULL_ANSWER,
  'untag-leaves-null-tags': {
    also: ['TAG-UNTAG-REMOVES'],
    why: 'the untag check reads the tags left through ListTagsForResource, and a null is no tag',
  },
};

/** The MUST requirements a replay of the deviation's negative set must fail, sorted. */
export function expectedFailures(deviation: string): string[] {
  return [deviationNamed(deviation).breaks, ...(IMPLIED[deviation]?.also ?? [])].sort();
}

/** The MUST requirements a run failed, sorted. */
export const failedMust = (r: ConformanceReport): string[] =>
  r.requirements
    .filter((v) => v.level === 'MUST' && v.outcome === 'fail')
    .map((v) => v.id)
    .sort();
