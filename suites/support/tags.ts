// Tags compare as a set of key -> value: the contract says nothing of their order.
// A live run's own tracking tags (live/run-identity.ts) are left out of every comparison.
import type { Tag } from '@aws-sdk/client-apprunner';
import { isTrackingTagKey } from '../../live/run-identity.js';

export function tagMap(tags: readonly Tag[]): Map<string | undefined, string | undefined> {
  return new Map(tags.map((t) => [t.Key, t.Value]));
}

export function sameTags(listed: readonly Tag[], expected: readonly Tag[]): boolean {
  const actual = listed.filter((t) => !isTrackingTagKey(t.Key));
  const a = tagMap(actual);
  const e = tagMap(expected);
  return (
    actual.length === expected.length &&
    a.size === e.size &&
    [...e].every(([k, v]) => a.get(k) === v)
  );
}
