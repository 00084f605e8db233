// Tags compare as a set of key -> value: the contract says nothing of their order.
// A live run's own tracking tags (live/run-identity.ts) are left out of every comparison.
import type { Tag } from '@aws-sdk/client-apprunner';
import { isTrackingTagKey } from '../../live/run-identity.js';

export function tagMap(tags: readonly Tag[]): Map<string | undefined, string | undefined> {
  return new Map(tags.map((t) => [t.Key, t.Value]));
}

/**
 * Whether the listed tags are exactly the expected ones. A listing that is not a list of objects
 * is not the same (the response-schema checks say what is malformed), never a TypeError, which
 * would make the check blame every requirement it cites.
 */
export function sameTags(listed: readonly Tag[], expected: readonly Tag[]): boolean {
  const entries: unknown = listed;
  if (!Array.isArray(entries) || entries.some((t) => typeof t !== 'object' || t === null))
    return false;
  const actual = listed.filter((t) => !isTrackingTagKey(t.Key));
  const a = tagMap(actual);
  const e = tagMap(expected);
  return (
    actual.length === expected.length &&
    a.size === e.size &&
    [...e].every(([k, v]) => a.get(k) === v)
  );
}
