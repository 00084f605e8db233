// Every valid tag key and value is accepted, up to the boundaries the model draws (lengths in
// code points, astral characters included): a target that counts UTF-16 units, or bytes, refuses
// some of them. Each run tags one shared connection and removes the tag again, so no tag limit is
// approached.
import { TagResourceCommand, UntagResourceCommand, type Tag } from '@aws-sdk/client-apprunner';
import type { RequirementId } from '../../contract/index.js';
import { tagKey, tagValue } from '../../generators/index.js';
import { checkProperty, type CheckContext } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { failureOf, type CallFailure } from '../../harness/checks/errors.js';
import { NarrowableFailure } from '../../harness/checks/meta.js';
import { blameRefusedTag, narrowed } from '../../harness/checks/refused-valid.js';

let shared: Promise<string> | undefined;
const connection = (): Promise<string> =>
  (shared ??= createConnection().then((c) => c.ConnectionArn ?? ''));

/** Why the shared connection refused the tag, or undefined once it took it and lost it again. */
async function refusal(c: CheckContext, tag: Tag): Promise<CallFailure | undefined> {
  const arn = await connection();
  const failure = await failureOf(
    c.client.send(new TagResourceCommand({ ResourceArn: arn, Tags: [tag] })),
  );
  if (!failure)
    await c.client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: [tag.Key ?? ''] }));
  return failure;
}

async function tagAndUntag(
  c: CheckContext,
  key: string,
  value: string,
  broken: RequirementId[],
): Promise<void> {
  const failure = await refusal(c, { Key: key, Value: value });
  if (!failure) return;
  const detail = `a valid tag (key of ${[...key].length}, value of ${[...value].length} code points) was refused: ${failure.name} ${failure.message}`;
  throw new NarrowableFailure(broken, detail, () =>
    narrowed(
      detail,
      blameRefusedTag({ Key: key, Value: value }, async (t) => !(await refusal(c, t))),
    ),
  );
}

checkProperty(
  ['shape.TagValue.length', 'shape.TagValue.pattern'],
  'every valid tag value is accepted',
  () => tagValue(),
  (value, c) =>
    tagAndUntag(c, 'value-check', value, ['shape.TagValue.length', 'shape.TagValue.pattern']),
  // Cases overwrite and remove the same one key: at no time does the connection hold two tags,
  // whatever runs at once, so no tag limit comes near.
  { independentCases: true },
);

checkProperty(
  ['shape.TagKey.length', 'shape.TagKey.pattern'],
  'every valid tag key is accepted',
  () => tagKey(),
  (key, c) => tagAndUntag(c, key, 'v', ['shape.TagKey.length', 'shape.TagKey.pattern']),
);
