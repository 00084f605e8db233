// Tag lists in which one key appears twice, with two different values so that a target's choice
// (reject, first wins, last wins) is visible. The model cannot express key uniqueness and App
// Runner's behaviour is unknown, so this is an observation (OBS-TAG-DUPLICATE-KEY), not a
// violation: the list passes the validator.
import fc from 'fast-check';
import type { Tag } from '../contract/index.js';
import { knownRequirement } from './internal/requirement-ids.js';
import type { Observation } from './labels.js';
import { tagValue } from './tag-value.js';
import { tags } from './tags.js';

/** A tag list with one key twice, and where the two tags are. */
export interface DuplicateKeyObservation extends Observation<Required<Tag>[], 'duplicate-key'> {
  /** The key that appears twice. */
  key: string;
  /** Positions of the two tags with `key`, the first before the second. */
  first: number;
  /** Position of the second tag with `key`. */
  second: number;
}

/** Options of {@link tagsWithDuplicateKey}. */
export interface TagsWithDuplicateKeyOptions {
  /** Most distinct keys besides the duplicate (default DEFAULT_MAX_OTHER_TAGS, 4). */
  maxOtherTags?: number;
}

/** How many distinct keys besides the duplicate a list holds at most unless told otherwise. */
export const DEFAULT_MAX_OTHER_TAGS = 4;

/** Tag lists with one key twice, with two values: an observation (OBS-TAG-DUPLICATE-KEY), since App Runner's answer is unknown. */
export function tagsWithDuplicateKey({
  maxOtherTags = DEFAULT_MAX_OTHER_TAGS,
}: TagsWithDuplicateKeyOptions = {}): fc.Arbitrary<DuplicateKeyObservation> {
  const observation = knownRequirement('OBS-TAG-DUPLICATE-KEY');
  return fc
    .tuple(tags({ minLength: 1, maxLength: maxOtherTags + 1 }), fc.nat(), fc.nat(), tagValue())
    .filter(([list, pick, , value]) => list[pick % list.length]?.Value !== value)
    .map(([list, pick, place, value]) => {
      const first = pick % list.length;
      const original = list[first] as Required<Tag>;
      const second = first + 1 + (place % (list.length - first));
      const value_ = [
        ...list.slice(0, second),
        { Key: original.Key, Value: value },
        ...list.slice(second),
      ];
      return {
        value: value_,
        reason: 'duplicate-key' as const,
        observation,
        key: original.Key,
        first,
        second,
      };
    });
}
