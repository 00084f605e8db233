// ListConnections filtering and pagination through @aws-sdk/client-apprunner and its paginator.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  InvalidRequestException,
  ListConnectionsCommand,
  paginateListConnections,
} from '@aws-sdk/client-apprunner';
import { beforeAll, describe, expect, it } from 'vitest';
import { sdkClient } from '../test-support/emulator/sdk-client.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const NAMES = Array.from({ length: 23 }, (_, i) => `page-${String(i).padStart(2, '0')}`);

describe('ListConnections through the JS SDK', () => {
  const emulator = useEmulator({ connectionQuota: 100 });
  const client = () => sdkClient(emulator().url);

  beforeAll(async () => {
    for (const name of [...NAMES, 'page-0', 'page-01x']) {
      await client().send(
        new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
      );
    }
  });

  it('filters to exactly the named connection, or none', async () => {
    const only = await client().send(new ListConnectionsCommand({ ConnectionName: 'page-01' }));
    expect(only.ConnectionSummaryList?.map((c) => c.ConnectionName)).toEqual(['page-01']);
    const none = await client().send(new ListConnectionsCommand({ ConnectionName: 'page-99' }));
    expect(none).toMatchObject({ ConnectionSummaryList: [] });
    expect(none.NextToken).toBeUndefined();
  });

  it('returns every connection in one page without MaxResults', async () => {
    const all = await client().send(new ListConnectionsCommand({}));
    expect(all.ConnectionSummaryList).toHaveLength(NAMES.length + 2);
    expect(all.NextToken).toBeUndefined();
  });

  it.each([1, 2, 7, 25, 100])(
    'visits every connection exactly once with MaxResults %i',
    async (size) => {
      const seen: string[] = [];
      for await (const page of paginateListConnections({ client: client(), pageSize: size }, {})) {
        expect(page.ConnectionSummaryList?.length).toBeLessThanOrEqual(size);
        seen.push(...(page.ConnectionSummaryList ?? []).map((c) => c.ConnectionName ?? ''));
      }
      expect(seen.sort()).toEqual([...NAMES, 'page-0', 'page-01x'].sort());
    },
  );

  it('keeps going when the last connection of a page is deleted between pages', async () => {
    const first = await client().send(new ListConnectionsCommand({ MaxResults: 3 }));
    const last = first.ConnectionSummaryList?.at(-1);
    await client().send(new DeleteConnectionCommand({ ConnectionArn: last?.ConnectionArn }));
    const next = await client().send(
      new ListConnectionsCommand({ MaxResults: 3, NextToken: first.NextToken }),
    );
    expect(next.ConnectionSummaryList?.[0]?.ConnectionName).toBe(NAMES[3]);
  });

  it('rejects a forged NextToken and one reused with other parameters', async () => {
    const first = await client().send(new ListConnectionsCommand({ MaxResults: 2 }));
    const token = first.NextToken ?? '';
    const forged = `${token.slice(0, -2)}${token.endsWith('AA') ? 'AB' : 'AA'}`;
    await expect(
      client().send(new ListConnectionsCommand({ MaxResults: 2, NextToken: forged })),
    ).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(
      client().send(new ListConnectionsCommand({ MaxResults: 2, NextToken: 'bm90IGEgdG9rZW4' })),
    ).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(
      client().send(new ListConnectionsCommand({ MaxResults: 3, NextToken: token })),
    ).rejects.toThrow(/other parameters/);
    await expect(
      sdkClient(emulator().url, 'eu-west-1').send(
        new ListConnectionsCommand({ MaxResults: 2, NextToken: token }),
      ),
    ).rejects.toBeInstanceOf(InvalidRequestException);
  });
});
