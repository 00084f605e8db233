// All variants at once: the JS SDK still drives every operation and error, and every answer
// satisfies its response schema.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  InvalidRequestException,
  ListTagsForResourceCommand,
  paginateListConnections,
  ResourceNotFoundException,
  ServiceQuotaExceededException,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { describe, expect, it } from 'vitest';
import { sdkClient } from '../../test-support/emulator/sdk-client.js';
import { withEmulator } from '../../test-support/emulator/use-emulator.js';
import { VARIANT_NAMES } from './index.js';

describe('every variant combined', () => {
  it('still serves every operation and error through the JS SDK', async () => {
    await withEmulator({ variants: [...VARIANT_NAMES], connectionQuota: 5 }, async ({ url }) => {
      const client = sdkClient(url);
      const { Connection } = await client.send(
        new CreateConnectionCommand({
          ConnectionName: 'combo',
          ProviderType: 'GITHUB',
          Tags: [{ Key: 'a', Value: '1' }],
        }),
      );
      const arn = Connection?.ConnectionArn ?? '';
      expect(Connection).toMatchObject({ ConnectionName: 'combo', Status: 'PENDING_HANDSHAKE' });
      await expect(
        client.send(
          new CreateConnectionCommand({ ConnectionName: 'combo', ProviderType: 'GITHUB' }),
        ),
      ).rejects.toBeInstanceOf(InvalidRequestException);
      await client.send(
        new CreateConnectionCommand({ ConnectionName: 'combo-2', ProviderType: 'GITHUB' }),
      );
      await expect(
        client.send(
          new CreateConnectionCommand({ ConnectionName: 'combo-3', ProviderType: 'GITHUB' }),
        ),
      ).rejects.toBeInstanceOf(ServiceQuotaExceededException);
      // A page holds at most MaxResults (short-pages holds fewer): the pages together list both,
      // once each, among the connections other variants list (preexisting, deleted).
      const listed: string[] = [];
      for await (const page of paginateListConnections({ client, pageSize: 2 }, {})) {
        expect(page.ConnectionSummaryList?.length).toBeLessThanOrEqual(2);
        listed.push(...(page.ConnectionSummaryList ?? []).map((c) => c.ConnectionName ?? ''));
      }
      expect(listed.filter((n) => n.startsWith('combo')).sort()).toEqual(['combo', 'combo-2']);
      await client.send(
        new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'b', Value: '2' }] }),
      );
      await client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['a'] }));
      expect(
        (await client.send(new ListTagsForResourceCommand({ ResourceArn: arn }))).Tags,
      ).toEqual([{ Key: 'b', Value: '2' }]);
      expect(
        (await client.send(new DeleteConnectionCommand({ ConnectionArn: arn }))).Connection?.Status,
      ).toBe('DELETED');
      await expect(
        client.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
      ).rejects.toBeInstanceOf(ResourceNotFoundException);
    });
  });
});
