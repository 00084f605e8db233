// Probes of the tag and listing requirements.
import { call, created, isError, listed, tagsOf, UNKNOWN_ARN, type Probe } from './probe.js';

async function allNames(url: string, max: number): Promise<string[]> {
  const names: string[] = [];
  let token: string | undefined;
  for (let page = 0; page < 50; page++) {
    const result = await listed(
      url,
      token === undefined ? { MaxResults: max } : { MaxResults: max, NextToken: token },
    );
    names.push(...result.summaries.map((s) => String(s.ConnectionName)));
    token = result.token;
    if (token === undefined) break;
  }
  return names;
}

async function createMany(url: string, prefix: string, count: number) {
  for (let n = 1; n <= count; n++) await created(url, `${prefix}-${n}`);
}

export const TAG_AND_LIST_PROBES: Record<string, Probe> = {
  'create-drops-tags': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-tags', { Tags: [{ Key: 'a', Value: '1' }] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"a","Value":"1"}]';
    },
  },
  'tag-updates-existing-only': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-add');
      await call(url, 'TagResource', { ResourceArn: arn, Tags: [{ Key: 'new', Value: 'v' }] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"new","Value":"v"}]';
    },
  },
  'tag-keeps-first-value': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-overwrite', { Tags: [{ Key: 'k', Value: 'old' }] });
      await call(url, 'TagResource', { ResourceArn: arn, Tags: [{ Key: 'k', Value: 'new' }] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"k","Value":"new"}]';
    },
  },
  'untag-first-key-only': {
    holds: async (url) => {
      const tags = [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
        { Key: 'c', Value: '3' },
      ];
      const { arn } = await created(url, 'probe-untag', { Tags: tags });
      await call(url, 'UntagResource', { ResourceArn: arn, TagKeys: ['a', 'b'] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"c","Value":"3"}]';
    },
  },
  'list-tags-unknown-empty': {
    holds: async (url) =>
      isError(
        await call(url, 'ListTagsForResource', { ResourceArn: UNKNOWN_ARN }),
        'ResourceNotFoundException',
      ),
  },
  'unknown-arn-invalid-request': {
    holds: async (url) =>
      isError(
        await call(url, 'UntagResource', { ResourceArn: UNKNOWN_ARN, TagKeys: ['k'] }),
        'ResourceNotFoundException',
      ),
  },
  'create-lowercases-tag-keys': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-key-case', { Tags: [{ Key: 'Team', Value: 'a' }] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"Team","Value":"a"}]';
    },
  },
  'filter-by-prefix': {
    holds: async (url) => {
      await created(url, 'probe');
      await created(url, 'probe-2');
      const { summaries } = await listed(url, { ConnectionName: 'probe' });
      return summaries.length === 1 && summaries[0]?.ConnectionName === 'probe';
    },
  },
  'default-page-size': {
    holds: async (url) => {
      await createMany(url, 'probe-all', 8);
      const { summaries, token } = await listed(url);
      return summaries.length === 8 && token === undefined;
    },
  },
  'page-one-extra': {
    holds: async (url) => {
      await createMany(url, 'probe-size', 3);
      return (await listed(url, { MaxResults: 2 })).summaries.length <= 2;
    },
  },
  'token-skips-one': {
    holds: async (url) => {
      await createMany(url, 'probe-complete', 5);
      return (
        (await allNames(url, 2)).sort().join() ===
        [1, 2, 3, 4, 5].map((n) => `probe-complete-${n}`).join()
      );
    },
  },
};
