// TagResource, UntagResource and ListTagsForResource through @aws-sdk/client-apprunner.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  InvalidRequestException,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { describe, expect, it } from 'vitest';
import { sdkClient } from '../test-support/emulator/sdk-client.js';
import { uniqueName, useEmulator } from '../test-support/emulator/use-emulator.js';

describe('tags through the JS SDK', () => {
  const emulator = useEmulator({ connectionQuota: 1000 });

  async function created(tags: { Key: string; Value: string }[]) {
    const client = sdkClient(emulator().url);
    const { Connection } = await client.send(
      new CreateConnectionCommand({
        ConnectionName: uniqueName(),
        ProviderType: 'GITHUB',
        Tags: tags,
      }),
    );
    const arn = Connection?.ConnectionArn ?? '';
    const tagsOf = async () =>
      (await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags;
    return { client, arn, tagsOf };
  }

  it('lists tags given at creation, including an empty value', async () => {
    const { tagsOf } = await created([
      { Key: 'team', Value: 'a' },
      { Key: 'empty', Value: '' },
    ]);
    expect(await tagsOf()).toEqual([
      { Key: 'team', Value: 'a' },
      { Key: 'empty', Value: '' },
    ]);
  });

  it('adds new keys, overwrites existing ones and answers an empty output', async () => {
    const { client, arn, tagsOf } = await created([{ Key: 'team', Value: 'a' }]);
    const out = await client.send(
      new TagResourceCommand({
        ResourceArn: arn,
        Tags: [
          { Key: 'team', Value: 'b' },
          { Key: 'env', Value: 'dev' },
        ],
      }),
    );
    expect(Object.keys(out).filter((k) => k !== '$metadata')).toEqual([]);
    expect(await tagsOf()).toEqual([
      { Key: 'team', Value: 'b' },
      { Key: 'env', Value: 'dev' },
    ]);
  });

  it('removes the given keys, keeps the others and ignores absent keys', async () => {
    const { client, arn, tagsOf } = await created([
      { Key: 'a', Value: '1' },
      { Key: 'b', Value: '2' },
      { Key: 'c', Value: '3' },
    ]);
    await client.send(
      new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a', 'c', 'absent'] }),
    );
    expect(await tagsOf()).toEqual([{ Key: 'b', Value: '2' }]);
  });

  it('answers ResourceNotFoundException for the ARN of no connection or of a deleted one', async () => {
    const { client, arn } = await created([]);
    await client.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
    const unknown = arn.replace(/[0-9a-f]{32}$/, '0'.repeat(32));
    for (const resourceArn of [arn, unknown]) {
      await expect(
        client.send(new ListTagsForResourceCommand({ ResourceArn: resourceArn })),
      ).rejects.toBeInstanceOf(ResourceNotFoundException);
      await expect(
        client.send(
          new TagResourceCommand({ ResourceArn: resourceArn, Tags: [{ Key: 'k', Value: 'v' }] }),
        ),
      ).rejects.toBeInstanceOf(ResourceNotFoundException);
      await expect(
        client.send(new UntagResourceCommand({ ResourceArn: resourceArn, TagKeys: ['k'] })),
      ).rejects.toBeInstanceOf(ResourceNotFoundException);
    }
  });

  it('rejects aws: keys and malformed ARNs with InvalidRequestException, changing nothing', async () => {
    const { client, arn, tagsOf } = await created([{ Key: 'keep', Value: 'x' }]);
    await expect(
      client.send(
        new TagResourceCommand({
          ResourceArn: arn,
          Tags: [
            { Key: 'ok', Value: '1' },
            { Key: 'aws:owner', Value: 'me' },
          ],
        }),
      ),
    ).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(
      client.send(new ListTagsForResourceCommand({ ResourceArn: 'not-an-arn' })),
    ).rejects.toBeInstanceOf(InvalidRequestException);
    expect(await tagsOf()).toEqual([{ Key: 'keep', Value: 'x' }]);
  });
});
