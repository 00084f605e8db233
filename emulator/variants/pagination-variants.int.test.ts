// Variants of ListConnections paging, through the JS SDK: the changed pages or tokens, and the
// listing still complete when the tokens are followed to the end.
import {
  CreateConnectionCommand,
  InvalidRequestException,
  ListConnectionsCommand,
  paginateListConnections,
  type AppRunnerClient,
} from '@aws-sdk/client-apprunner';
import { describe, expect, it } from 'vitest';
import { violations } from '../../contract/index.js';
import { sdkClient } from '../../test-support/emulator/sdk-client.js';
import { withEmulator } from '../../test-support/emulator/use-emulator.js';

const NAMES = ['page-a', 'page-b', 'page-c', 'page-d'];

/** An emulator with `variant` holding NAMES, and an SDK client for it. */
async function withNames(
  variant: string,
  body: (client: AppRunnerClient) => Promise<void>,
): Promise<void> {
  await withEmulator({ variants: [variant] }, async ({ url }) => {
    const client = sdkClient(url);
    for (const ConnectionName of NAMES)
      await client.send(new CreateConnectionCommand({ ConnectionName, ProviderType: 'GITHUB' }));
    await body(client);
  });
}

/** Each page's names, following the SDK's paginator to the end. */
async function pagesOf(client: AppRunnerClient, pageSize: number, ConnectionName?: string) {
  const pages: string[][] = [];
  for await (const page of paginateListConnections({ client, pageSize }, { ConnectionName }))
    pages.push((page.ConnectionSummaryList ?? []).map((c) => c.ConnectionName ?? ''));
  return pages;
}

describe('short-pages', () => {
  it('a page shorter than MaxResults carries a NextToken; the pages together list everything', async () => {
    await withNames('short-pages', async (client) => {
      const first = await client.send(new ListConnectionsCommand({ MaxResults: 4 }));
      expect(first.ConnectionSummaryList).toHaveLength(2);
      expect(first.NextToken).toBeDefined();
      expect(await pagesOf(client, 4)).toEqual([NAMES.slice(0, 2), NAMES.slice(2)]);
      expect((await pagesOf(client, 3)).flat()).toEqual(NAMES);
    });
  });

  it('without MaxResults every connection comes in one response', async () => {
    await withNames('short-pages', async (client) => {
      const all = await client.send(new ListConnectionsCommand({}));
      expect(all.ConnectionSummaryList?.map((c) => c.ConnectionName)).toEqual(NAMES);
      expect(all.NextToken).toBeUndefined();
    });
  });
});

describe('empty-last-page', () => {
  it('a full last page carries a NextToken to an empty page without one', async () => {
    await withNames('empty-last-page', async (client) => {
      expect(await pagesOf(client, 2)).toEqual([NAMES.slice(0, 2), NAMES.slice(2), []]);
      expect(await pagesOf(client, 1, 'page-b')).toEqual([['page-b'], []]);
    });
  });

  it('a last page that is not full, and a listing without MaxResults, carry no NextToken', async () => {
    await withNames('empty-last-page', async (client) => {
      expect(await pagesOf(client, 3)).toEqual([NAMES.slice(0, 3), NAMES.slice(3)]);
      expect((await client.send(new ListConnectionsCommand({}))).NextToken).toBeUndefined();
    });
  });
});

describe('other-token-form', () => {
  it("a token with '+', '/' and '=' within the model's length round-trips through the SDK", async () => {
    await withNames('other-token-form', async (client) => {
      const first = await client.send(new ListConnectionsCommand({ MaxResults: 1 }));
      const token = first.NextToken ?? '';
      expect(token).toMatch(/^~2:[A-Za-z0-9+/]+==$/);
      expect(token).toContain('+');
      expect(token).toContain('/');
      // Within the model's NextToken (1..1024 characters).
      expect(
        violations('ListConnectionsResponse', { ConnectionSummaryList: [], NextToken: token }),
      ).toEqual([]);
      const second = await client.send(
        new ListConnectionsCommand({ MaxResults: 1, NextToken: token }),
      );
      expect(second.ConnectionSummaryList?.map((c) => c.ConnectionName)).toEqual(['page-b']);
      expect((await pagesOf(client, 1)).flat()).toEqual(NAMES);
    });
  });

  it('a token not passed back verbatim is refused', async () => {
    await withNames('other-token-form', async (client) => {
      const token = (await client.send(new ListConnectionsCommand({ MaxResults: 1 }))).NextToken;
      const genuine = token ?? '';
      const changed = [
        genuine.slice(0, -2),
        encodeURIComponent(genuine),
        genuine.replace(/\+/g, '-').replace(/\//g, '_'),
        genuine.slice(3),
        ` ${genuine}`,
      ];
      for (const NextToken of changed)
        await expect(
          client.send(new ListConnectionsCommand({ MaxResults: 1, NextToken })),
        ).rejects.toBeInstanceOf(InvalidRequestException);
    });
  });
});
