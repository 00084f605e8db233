// CreateConnection, ListConnections and DeleteConnection through @aws-sdk/client-apprunner,
// including every error they can answer here.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  InvalidRequestException,
  ListConnectionsCommand,
  ResourceNotFoundException,
} from '@aws-sdk/client-apprunner';
import { describe, expect, it } from 'vitest';
import { sdkClient } from '../test-support/emulator/sdk-client.js';
import { uniqueName, useEmulator } from '../test-support/emulator/use-emulator.js';

const ARN =
  /^arn:aws:apprunner:([a-z0-9-]+):(\d{12}):connection\/([A-Za-z0-9_-]+)\/([0-9a-f]{32})$/;

describe('connections through the JS SDK', () => {
  const emulator = useEmulator({ connectionQuota: 1000, accountId: '123456789012' });

  it('creates a PENDING_HANDSHAKE connection with all five members and an ARN in the caller Region', async () => {
    const client = sdkClient(emulator().url, 'eu-west-1');
    const name = uniqueName();
    const before = Date.now();
    const { Connection } = await client.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'BITBUCKET' }),
    );
    expect(Connection).toMatchObject({
      ConnectionName: name,
      ProviderType: 'BITBUCKET',
      Status: 'PENDING_HANDSHAKE',
    });
    expect(Connection?.ConnectionArn?.match(ARN)?.slice(1, 4)).toEqual([
      'eu-west-1',
      '123456789012',
      name,
    ]);
    const created = Connection?.CreatedAt?.getTime() ?? 0;
    expect(created).toBeGreaterThanOrEqual(before - 1000);
    expect(created).toBeLessThanOrEqual(Date.now() + 1000);
  });

  it('rejects a duplicate name with InvalidRequestException and keeps the original', async () => {
    const client = sdkClient(emulator().url);
    const name = uniqueName();
    const first = await client.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    await expect(
      client.send(new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'BITBUCKET' })),
    ).rejects.toBeInstanceOf(InvalidRequestException);
    const listed = await client.send(new ListConnectionsCommand({ ConnectionName: name }));
    expect(listed.ConnectionSummaryList).toEqual([first.Connection]);
  });

  it('keeps names unique per Region, not across Regions', async () => {
    const name = uniqueName();
    const east = await sdkClient(emulator().url, 'us-east-1').send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    const west = await sdkClient(emulator().url, 'us-west-2').send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    expect(east.Connection?.ConnectionArn).not.toEqual(west.Connection?.ConnectionArn);
  });

  it('rejects invalid input with InvalidRequestException naming the member', async () => {
    const client = sdkClient(emulator().url);
    const bad = client.send(
      new CreateConnectionCommand({ ConnectionName: '!!abcd', ProviderType: 'GITHUB' }),
    );
    await expect(bad).rejects.toBeInstanceOf(InvalidRequestException);
    await expect(bad).rejects.toThrow(/ConnectionName/);
    await expect(client.send(new ListConnectionsCommand({ MaxResults: 101 }))).rejects.toThrow(
      /MaxResults/,
    );
  });

  it('deletes: answers DELETED, then the ARN is unknown and the name free with a new ARN', async () => {
    const client = sdkClient(emulator().url);
    const name = uniqueName();
    const { Connection } = await client.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    const arn = Connection?.ConnectionArn ?? '';
    const deleted = await client.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
    expect(deleted.Connection).toEqual({ ...Connection, Status: 'DELETED' });
    await expect(
      client.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
    expect(
      (await client.send(new ListConnectionsCommand({ ConnectionName: name })))
        .ConnectionSummaryList,
    ).toEqual([]);
    const again = await client.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    expect(again.Connection?.ConnectionArn).toMatch(ARN);
    expect(again.Connection?.ConnectionArn).not.toEqual(arn);
  });
});
