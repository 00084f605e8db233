// Input validation follows the derived constraints exactly: anchored patterns, lengths in code
// points, case-sensitive reserved prefixes; unknown members are ignored.
import { describe, expect, it } from 'vitest';
import { stringConstraint } from '../contract/index.js';
import { errorName, rawCall } from '../test-support/emulator/raw-call.js';
import { uniqueName, useEmulator } from '../test-support/emulator/use-emulator.js';

const VALUE_MAX = stringConstraint('TagValue').maxLength;
const EMOJI = '\u{1F600}';

describe('input validation', () => {
  const emulator = useEmulator({ connectionQuota: 1000 });
  const create = (extra: Record<string, unknown>) =>
    rawCall(emulator().url, 'CreateConnection', {
      ConnectionName: uniqueName('valid'),
      ProviderType: 'GITHUB',
      ...extra,
    });
  const rejected = async (response: Promise<Awaited<ReturnType<typeof create>>>) =>
    errorName(await response);

  it('anchors the name pattern', async () => {
    for (const name of ['!!abcd', 'abcd!', '_abcd', 'ab cd']) {
      expect(await rejected(create({ ConnectionName: name })), name).toBe(
        'InvalidRequestException',
      );
    }
    expect((await create({ ConnectionName: 'A-b_c' })).status).toBe(200);
  });

  it('counts lengths in code points', async () => {
    expect((await create({ Tags: [{ Key: 'k', Value: EMOJI.repeat(VALUE_MAX) }] })).status).toBe(
      200,
    );
    expect(
      await rejected(create({ Tags: [{ Key: 'k', Value: EMOJI.repeat(VALUE_MAX + 1) }] })),
    ).toBe('InvalidRequestException');
  });

  it('rejects the aws: prefix as written (case-sensitive) and keys with line terminators', async () => {
    expect(await rejected(create({ Tags: [{ Key: 'aws:owner', Value: 'x' }] }))).toBe(
      'InvalidRequestException',
    );
    expect(await rejected(create({ Tags: [{ Key: 'a\nb', Value: 'x' }] }))).toBe(
      'InvalidRequestException',
    );
    expect((await create({ Tags: [{ Key: 'AWS:owner', Value: 'line\nbreak' }] })).status).toBe(200);
  });

  it('rejects a tag without Key, and keeps a tag without Value as given', async () => {
    expect(await rejected(create({ Tags: [{ Value: 'x' }] }))).toBe('InvalidRequestException');
    const created = await create({ Tags: [{ Key: 'bare' }] });
    const arn = (created.json?.Connection as { ConnectionArn: string }).ConnectionArn;
    const tags = await rawCall(emulator().url, 'ListTagsForResource', { ResourceArn: arn });
    expect(tags.json?.Tags).toEqual([{ Key: 'bare' }]);
  });

  it('ignores unknown members', async () => {
    expect((await create({ ClientToken: 'abc', Extra: { nested: true } })).status).toBe(200);
  });

  it('bounds NextToken and MaxResults', async () => {
    const url = emulator().url;
    expect(errorName(await rawCall(url, 'ListConnections', { NextToken: 'x'.repeat(1025) }))).toBe(
      'InvalidRequestException',
    );
    expect(errorName(await rawCall(url, 'ListConnections', { NextToken: '' }))).toBe(
      'InvalidRequestException',
    );
    expect(errorName(await rawCall(url, 'ListConnections', { MaxResults: 0 }))).toBe(
      'InvalidRequestException',
    );
    expect((await rawCall(url, 'ListConnections', { MaxResults: 100 })).status).toBe(200);
  });
});
