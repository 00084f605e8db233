// Variants of connection and tag output: the changed form, and the requirement still met.
import { describe, expect, it } from 'vitest';
import { violations } from '../../contract/index.js';
import { call, create, created } from '../../test-support/emulator/probes/probe.js';
import { errorName, rawCall } from '../../test-support/emulator/raw-call.js';
import { withEmulator } from '../../test-support/emulator/use-emulator.js';

describe('connection and tag variants', () => {
  it('uuid-connection-id: ids are UUIDs, ARNs valid and fresh', async () => {
    await withEmulator({ variants: ['uuid-connection-id'] }, async ({ url }) => {
      const first = await created(url, 'uuid-name');
      expect(first.arn).toMatch(/:connection\/uuid-name\/[0-9a-f-]{36}$/);
      expect(violations('CreateConnectionResponse', { Connection: first })).toEqual([]);
      await call(url, 'DeleteConnection', { ConnectionArn: first.arn });
      expect((await created(url, 'uuid-name')).arn).not.toBe(first.arn);
    });
  });

  it('id-from-name: a name created again gets the same ARN, still valid', async () => {
    await withEmulator({ variants: ['id-from-name'] }, async ({ url }) => {
      const first = await created(url, 'stable-id');
      expect(violations('CreateConnectionResponse', { Connection: first })).toEqual([]);
      await call(url, 'DeleteConnection', { ConnectionArn: first.arn });
      expect((await created(url, 'stable-id')).arn).toBe(first.arn);
      expect((await created(url, 'other-id')).arn.split('/')[2]).not.toBe(first.arn.split('/')[2]);
    });
  });

  it('name-reserved-after-delete: a deleted name stays taken, other names do not', async () => {
    await withEmulator({ variants: ['name-reserved-after-delete'] }, async ({ url }) => {
      const first = await created(url, 'kept-name');
      await call(url, 'DeleteConnection', { ConnectionArn: first.arn });
      const again = await create(url, 'kept-name');
      expect([again.status, errorName(again)]).toEqual([400, 'InvalidRequestException']);
      expect((await create(url, 'fresh-name')).status).toBe(200);
    });
  });

  it('whole-second-created-at: CreatedAt is whole, within a second of the call', async () => {
    await withEmulator({ variants: ['whole-second-created-at'] }, async ({ url }) => {
      const before = Date.now() / 1000;
      const at = (await created(url, 'whole-time')).CreatedAt as number;
      expect(Number.isInteger(at)).toBe(true);
      expect(at).toBeGreaterThan(before - 1);
      expect(at).toBeLessThanOrEqual(Date.now() / 1000);
    });
  });

  it('tags-reversed: the same tags in another order', async () => {
    await withEmulator({ variants: ['tags-reversed'] }, async ({ url }) => {
      const tags = [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
      ];
      const { arn } = await created(url, 'tag-order', { Tags: tags });
      expect((await call(url, 'ListTagsForResource', { ResourceArn: arn })).json?.Tags).toEqual(
        [...tags].reverse(),
      );
    });
  });

  it('extra-members: outputs carry unknown members and stay valid', async () => {
    await withEmulator({ variants: ['extra-members'] }, async ({ url }) => {
      const response = await rawCall(url, 'CreateConnection', {
        ConnectionName: 'extra',
        ProviderType: 'GITHUB',
      });
      expect(response.json).toHaveProperty('ServiceRevision');
      expect(response.json?.Connection).toHaveProperty('ConnectionId');
      expect(violations('CreateConnectionResponse', response.json)).toEqual([]);
      const arn = (response.json?.Connection as { ConnectionArn: string }).ConnectionArn;
      const tagged = await call(url, 'TagResource', { ResourceArn: arn, Tags: [] });
      expect(Object.keys(tagged.json ?? {})).toEqual(['ServiceRevision']);
    });
  });

  it('extra-headers and other-request-ids: more headers, another id form, still the required ones', async () => {
    await withEmulator({ variants: ['extra-headers', 'other-request-ids'] }, async ({ url }) => {
      const response = await call(url, 'ListConnections', {});
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-type')).toBe('application/x-amz-json-1.0');
      expect(response.headers.get('x-amzn-requestid')).toMatch(/^[A-Z2-7]{52}$/);
    });
  });
});
