// Which rule a tag state no order explains breaks: the group's calls made again one after
// another, on a connection made for it with the same tags. A call that leaves them wrong there
// breaks its own rule (TAG-ADD, TAG-OVERWRITE, TAG-UNTAG-REMOVES, or TAG-CREATE-ROUNDTRIP for
// the copy's tags); when every call is right alone, only the overlap broke them (TAG-CONCURRENT).
import type { RequirementId } from '../../contract/index.js';
import { createConnection, deleteConnection } from '../checks/connections.js';
import { failureOf } from '../checks/errors.js';
import { RequirementFailure } from '../checks/meta.js';
import { applied, differences, keyDifferences, type TagCall, type TagState } from './orders.js';
import { listedTags, sendTagCall } from './tag-calls.js';

/** The rule `call` broke, given the state before it and the keys it left wrong. */
function ruleOf(call: TagCall, before: TagState, wrong: string[]): RequirementId[] {
  if (call.kind === 'untag') return ['TAG-UNTAG-REMOVES'];
  const named = new Map(call.tags.map((t) => [t.Key, t.Value]));
  const rules = wrong.map((key): RequirementId =>
    named.has(key) && before.has(key) ? 'TAG-OVERWRITE' : 'TAG-ADD',
  );
  return [...new Set(rules)];
}

export async function serialBlame(
  start: TagState,
  calls: readonly TagCall[],
  detail: string,
): Promise<RequirementFailure> {
  const copy = await createConnection({
    Tags: [...start].map(([Key, Value]) => ({ Key, Value: Value ?? '' })),
  });
  const arn = copy.ConnectionArn ?? '';
  try {
    let expected = start;
    const first = differences(await listedTags(arn), expected);
    if (first.length > 0)
      return new RequirementFailure(
        ['TAG-CREATE-ROUNDTRIP'],
        `${detail}; a connection created with the same tags lists: ${first.slice(0, 5).join(', ')}`,
      );
    for (const [i, call] of calls.entries()) {
      // Refused alone too: not a state this call changed.
      if (await failureOf(sendTagCall(arn, call))) continue;
      const before = expected;
      expected = applied(expected, call);
      const listed = await listedTags(arn);
      const wrong = keyDifferences(listed, expected).map((d) => d.key);
      if (wrong.length === 0) continue;
      return new RequirementFailure(
        ruleOf(call, before, wrong),
        `${detail}; made one after another on ${copy.ConnectionName}, call #${i} alone already leaves: ${differences(listed, expected).slice(0, 5).join(', ')}`,
      );
    }
    return new RequirementFailure(
      ['TAG-CONCURRENT'],
      `${detail}; made one after another on ${copy.ConnectionName}, the same calls leave the tags right`,
    );
  } finally {
    await failureOf(deleteConnection(arn));
  }
}
