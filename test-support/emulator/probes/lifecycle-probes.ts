// Probes of the faults a later call reveals: a summary against its connection, later pages,
// an ARN with another id, untag and tag lists longer than a few keys.
import { call, created, isError, listed, tagsOf, type Probe } from './probe.js';

const manyTags = (n: number, prefix = 'k') =>
  Array.from({ length: n }, (_, i) => ({ Key: `${prefix}${i}`, Value: `v${i}` }));

const tagCount = async (url: string, arn: string): Promise<number> =>
  ((await tagsOf(url, arn)) as unknown[] | undefined)?.length ?? -1;

export const LIFECYCLE_PROBES: Record<string, Probe> = {
  'summary-provider-github': {
    holds: async (url) => {
      await created(url, 'probe-bitbucket', { ProviderType: 'BITBUCKET' });
      const { summaries } = await listed(url, { ConnectionName: 'probe-bitbucket' });
      return summaries[0]?.ProviderType === 'BITBUCKET';
    },
  },
  'summary-created-at-local-time': {
    holds: async (url) => {
      const c = await created(url, 'probe-summary-time');
      const { summaries } = await listed(url, { ConnectionName: 'probe-summary-time' });
      return Math.abs(Number(summaries[0]?.CreatedAt) - Number(c.CreatedAt)) < 1;
    },
  },
  'max-results-first-page-only': {
    holds: async (url) => {
      for (const n of [1, 2, 3]) await created(url, `probe-later-${n}`);
      const first = await listed(url, { MaxResults: 1 });
      const second = await listed(url, { MaxResults: 1, NextToken: first.token });
      return second.summaries.length === 1;
    },
  },
  'delete-by-name-ignores-id': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-other-id');
      const other = `${arn.slice(0, -1)}${arn.endsWith('0') ? '1' : '0'}`;
      const answer = await call(url, 'DeleteConnection', { ConnectionArn: other });
      const { summaries } = await listed(url, { ConnectionName: 'probe-other-id' });
      return isError(answer, 'ResourceNotFoundException') && summaries.length === 1;
    },
  },
  'untag-removes-prefixed-keys': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-untag-prefix', {
        Tags: [
          { Key: 'env', Value: 'a' },
          { Key: 'environment', Value: 'b' },
        ],
      });
      await call(url, 'UntagResource', { ResourceArn: arn, TagKeys: ['env'] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"environment","Value":"b"}]';
    },
  },
  'create-keeps-ten-tags': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-many-tags', { Tags: manyTags(30) });
      return (await tagCount(url, arn)) === 30;
    },
  },
  'tag-applies-ten-keys': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-tag-many');
      await call(url, 'TagResource', { ResourceArn: arn, Tags: manyTags(30) });
      return (await tagCount(url, arn)) === 30;
    },
  },
  'tag-lost-update': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-tag-race');
      await Promise.all(
        ['a', 'b', 'c'].map((Key) =>
          call(url, 'TagResource', { ResourceArn: arn, Tags: [{ Key, Value: Key }] }),
        ),
      );
      return (await tagCount(url, arn)) === 3;
    },
  },
};
