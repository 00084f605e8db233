// Every valid tag key and value is accepted, up to the boundaries the model draws (lengths in
// code points, astral characters included): a target that counts UTF-16 units, or bytes, refuses
// some of them. Each run tags one shared connection and removes the tag again, so no tag limit is
// approached.
import { TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-apprunner';
import { tagKey, tagValue } from '../../generators/index.js';
import { checkProperty, type CheckContext } from '../support/check.js';
import { createConnection } from '../support/connections.js';
import { failureOf } from '../support/errors.js';
import { RequirementFailure } from '../support/meta.js';

let shared: Promise<string> | undefined;
const connection = (): Promise<string> =>
  (shared ??= createConnection().then((c) => c.ConnectionArn ?? ''));

async function tagAndUntag(
  c: CheckContext,
  key: string,
  value: string,
  broken: string[],
): Promise<void> {
  const arn = await connection();
  const failure = await failureOf(
    c.client.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: key, Value: value }] })),
  );
  if (failure) {
    throw new RequirementFailure(
      broken,
      `a valid tag (key of ${[...key].length}, value of ${[...value].length} code points) was refused: ${failure.name} ${failure.message}`,
    );
  }
  await c.client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: [key] }));
}

checkProperty(
  ['shape.TagValue.length', 'shape.TagValue.pattern'],
  'every valid tag value is accepted',
  () => tagValue(),
  (value, c) =>
    tagAndUntag(c, 'value-check', value, ['shape.TagValue.length', 'shape.TagValue.pattern']),
);

checkProperty(
  ['shape.TagKey.length', 'shape.TagKey.pattern'],
  'every valid tag key is accepted',
  () => tagKey(),
  (key, c) => tagAndUntag(c, key, 'v', ['shape.TagKey.length', 'shape.TagKey.pattern']),
);
