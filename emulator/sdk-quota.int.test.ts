// The connection quota through @aws-sdk/client-apprunner: ServiceQuotaExceededException with the
// model's status, nothing created, and room again after a delete.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  ListConnectionsCommand,
  ServiceQuotaExceededException,
} from '@aws-sdk/client-apprunner';
import { describe, expect, it } from 'vitest';
import { sdkClient } from '../test-support/emulator/sdk-client.js';
import { withEmulator } from '../test-support/emulator/use-emulator.js';

describe('the connection quota through the JS SDK', () => {
  it('fails past the quota with ServiceQuotaExceededException (402) and creates nothing', async () => {
    await withEmulator({ connectionQuota: 2 }, async ({ url }) => {
      const client = sdkClient(url);
      for (const n of [1, 2]) {
        await client.send(
          new CreateConnectionCommand({ ConnectionName: `quota-${n}`, ProviderType: 'GITHUB' }),
        );
      }
      const error = await client
        .send(new CreateConnectionCommand({ ConnectionName: 'quota-3', ProviderType: 'GITHUB' }))
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceQuotaExceededException);
      expect((error as ServiceQuotaExceededException).$metadata.httpStatusCode).toBe(402);
      const listed = await client.send(new ListConnectionsCommand({}));
      expect(listed.ConnectionSummaryList?.map((c) => c.ConnectionName)).toEqual([
        'quota-1',
        'quota-2',
      ]);
      const arn = listed.ConnectionSummaryList?.[0]?.ConnectionArn;
      await client.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
      const after = await client.send(
        new CreateConnectionCommand({ ConnectionName: 'quota-3', ProviderType: 'GITHUB' }),
      );
      expect(after.Connection?.ConnectionName).toBe('quota-3');
    });
  });
});
