// The emulator's bounds on what it holds answer modeled errors and change nothing: tags per
// connection, tags and connections in all Regions, and the number of Regions.
import { describe, expect, it } from 'vitest';
import { errorName, rawCall } from '../test-support/emulator/raw-call.js';
import { uniqueName, useEmulator, withEmulator } from '../test-support/emulator/use-emulator.js';
import type { RunningEmulator } from './start-emulator.js';

const tagsOf = (n: number, prefix = 'k') =>
  Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

async function create(e: RunningEmulator, tags: unknown[] = [], region?: string) {
  return rawCall(
    e.url,
    'CreateConnection',
    { ConnectionName: uniqueName('limit'), ProviderType: 'GITHUB', Tags: tags },
    { region },
  );
}

const arnOf = (r: Awaited<ReturnType<typeof create>>) =>
  String((r.json?.Connection as Record<string, unknown> | undefined)?.ConnectionArn);

async function storedTags(e: RunningEmulator, arn: string, region?: string) {
  const r = await rawCall(e.url, 'ListTagsForResource', { ResourceArn: arn }, { region });
  expect(r.status).toBe(200);
  return (r.json?.Tags as unknown[]).length;
}

describe('tags per connection (default 50)', () => {
  const emulator = useEmulator({ connectionQuota: 100 });

  it('creates a connection with 50 tags and refuses one with 51', async () => {
    expect((await create(emulator(), tagsOf(50))).status).toBe(200);
    const refused = await create(emulator(), tagsOf(51));
    expect(refused.status).toBe(400);
    expect(errorName(refused)).toBe('InvalidRequestException');
    expect(String(refused.json?.Message)).toMatch(/at most 50 tags/);
  });

  it('counts a key given twice once', async () => {
    const tags = [...tagsOf(50), { Key: 'k0', Value: 'again' }];
    expect((await create(emulator(), tags)).status).toBe(200);
  });

  it('refuses a TagResource past the limit and keeps the tags as they were', async () => {
    const arn = arnOf(await create(emulator(), tagsOf(40)));
    const url = emulator().url;
    const refused = await rawCall(url, 'TagResource', { ResourceArn: arn, Tags: tagsOf(11, 'n') });
    expect(errorName(refused)).toBe('InvalidRequestException');
    expect(await storedTags(emulator(), arn)).toBe(40);
    // Overwriting keys it has needs no room; ten new ones fit exactly.
    const tags = [...tagsOf(40), ...tagsOf(10, 'n')];
    expect((await rawCall(url, 'TagResource', { ResourceArn: arn, Tags: tags })).status).toBe(200);
    expect(await storedTags(emulator(), arn)).toBe(50);
    // Once some are removed, there is room again.
    const untag = { ResourceArn: arn, TagKeys: ['k0', 'k1'] };
    expect((await rawCall(url, 'UntagResource', untag)).status).toBe(200);
    const two = { ResourceArn: arn, Tags: tagsOf(2, 'm') };
    expect((await rawCall(url, 'TagResource', two)).status).toBe(200);
  });

  it('stays listable after many TagResource calls', async () => {
    const arn = arnOf(await create(emulator()));
    const statuses: number[] = [];
    for (let i = 0; i < 100; i++) {
      const tags = { ResourceArn: arn, Tags: tagsOf(50, `r${i}-`) };
      statuses.push((await rawCall(emulator().url, 'TagResource', tags)).status);
    }
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 400)).toHaveLength(99);
    expect(await storedTags(emulator(), arn)).toBe(50);
  });
});

describe('configured limits', () => {
  it('takes another number of tags per connection', async () => {
    await withEmulator({ maxTagsPerConnection: 2 }, async (e) => {
      expect((await create(e, tagsOf(2))).status).toBe(200);
      expect(errorName(await create(e, tagsOf(3)))).toBe('InvalidRequestException');
    });
  });

  it('bounds the tags of all connections, and a delete frees theirs', async () => {
    await withEmulator({ maxTags: 5 }, async (e) => {
      const first = arnOf(await create(e, tagsOf(3)));
      const refused = await create(e, tagsOf(3));
      expect(errorName(refused)).toBe('InvalidRequestException');
      expect(String(refused.json?.Message)).toMatch(/at most 5 tags in all/);
      expect((await create(e, tagsOf(2))).status).toBe(200);
      expect((await rawCall(e.url, 'DeleteConnection', { ConnectionArn: first })).status).toBe(200);
      expect((await create(e, tagsOf(3))).status).toBe(200);
    });
  });

  it('bounds the connections of all Regions, and a delete frees a place', async () => {
    await withEmulator({ maxConnections: 2 }, async (e) => {
      const first = arnOf(await create(e, [], 'us-east-1'));
      expect((await create(e, [], 'eu-west-1')).status).toBe(200);
      const refused = await create(e, [], 'eu-west-2');
      expect(refused.status).toBe(402);
      expect(errorName(refused)).toBe('ServiceQuotaExceededException');
      const del = await rawCall(e.url, 'DeleteConnection', { ConnectionArn: first }, {});
      expect(del.status).toBe(200);
      expect((await create(e, [], 'eu-west-2')).status).toBe(200);
    });
  });

  it('serves a bounded number of Regions', async () => {
    await withEmulator({ maxRegions: 2 }, async (e) => {
      expect((await create(e, [], 'us-east-1')).status).toBe(200);
      const list = (region: string) => rawCall(e.url, 'ListConnections', {}, { region });
      expect((await list('eu-west-1')).status).toBe(200);
      const refused = await list('eu-west-2');
      expect(refused.status).toBe(400);
      expect(errorName(refused)).toBe('InvalidRequestException');
      // The Regions it has keep working.
      expect((await create(e, [], 'eu-west-1')).status).toBe(200);
      expect((await list('us-east-1')).json?.ConnectionSummaryList).toHaveLength(1);
    });
  });
});
