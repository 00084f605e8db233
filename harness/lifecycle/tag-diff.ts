// A connection's listed tags against the model's: which keys are missing, wrong or extra. Each
// command blames its own requirement for a difference; the origin of a tag blames otherwise.
import type { Tag } from '@aws-sdk/client-apprunner';
import type { RequirementId } from '../../contract/index.js';
import { isTrackingTagKey } from '../../live/run-identity.js';
import { RequirementFailure } from '../checks/meta.js';
import type { ModelConnection, TagOrigin } from './model.js';

export interface TagDifference {
  key: string;
  kind: 'missing' | 'other value' | 'extra';
  origin?: TagOrigin;
}

export function tagDifferences(listed: unknown, c: ModelConnection): TagDifference[] | string {
  if (!Array.isArray(listed)) return `Tags is ${JSON.stringify(listed)}, not a list`;
  const actual = new Map<string, unknown>();
  for (const t of listed as Tag[])
    if (!isTrackingTagKey(t?.Key)) actual.set(String(t?.Key), t?.Value);
  const found: TagDifference[] = [];
  for (const [key, { value, origin }] of c.tags) {
    if (!actual.has(key)) found.push({ key, kind: 'missing', origin });
    else if (actual.get(key) !== value) found.push({ key, kind: 'other value', origin });
  }
  for (const key of actual.keys()) if (!c.tags.has(key)) found.push({ key, kind: 'extra' });
  return found;
}

const BY_ORIGIN: Record<TagOrigin, RequirementId> = {
  create: 'TAG-CREATE-ROUNDTRIP',
  tag: 'TAG-ADD',
  overwrite: 'TAG-OVERWRITE',
};

/** The requirement a difference breaks when no command says otherwise. */
export const byOrigin = (d: TagDifference, c: ModelConnection): RequirementId =>
  d.origin ? BY_ORIGIN[d.origin] : c.untagged.has(d.key) ? 'TAG-UNTAG-REMOVES' : 'TAG-ADD';

/** Fails unless the listed tags are the model's, blaming each difference as `blame` says. */
export function requireSameTags(
  listed: unknown,
  c: ModelConnection,
  after: string,
  blame: (d: TagDifference) => RequirementId = (d) => byOrigin(d, c),
): void {
  const found = tagDifferences(listed, c);
  if (typeof found === 'string')
    throw new RequirementFailure([blame({ key: '', kind: 'extra' })], `${after}: ${found}`);
  if (found.length === 0) return;
  const shown = found
    .slice(0, 5)
    .map(
      (d) =>
        `${d.kind} ${JSON.stringify([...d.key].slice(0, 40).join(''))}${d.origin ? ` (set by ${d.origin})` : ''}`,
    );
  throw new RequirementFailure(
    [...new Set(found.map(blame))],
    `${after}, ${c.name} lists ${found.length} tag(s) other than the model's: ${shown.join(', ')}`,
  );
}
