// Probes of the connection requirements (create, ARN, uniqueness, quota, delete).
import { Agent } from 'node:http';
import { concurrentCreates } from '../concurrent-creates.js';
import { call, create, created, isError, listed, tagsOf, type Probe } from './probe.js';

async function createDeleteCreate(url: string, name: string) {
  const first = await created(url, name);
  const deleted = await call(url, 'DeleteConnection', { ConnectionArn: first.arn });
  return { first, deleted, again: await create(url, name) };
}

export const CONNECTION_PROBES: Record<string, Probe> = {
  'created-available': {
    holds: async (url) => (await created(url, 'probe-status')).Status === 'PENDING_HANDSHAKE',
  },
  'create-echoes-default-provider': {
    holds: async (url) =>
      (await created(url, 'probe-echo', { ProviderType: 'BITBUCKET' })).ProviderType ===
      'BITBUCKET',
  },
  'summary-without-created-at': {
    holds: async (url) => {
      await created(url, 'probe-fields');
      const members = ['ConnectionName', 'ConnectionArn', 'ProviderType', 'Status', 'CreatedAt'];
      return (await listed(url)).summaries.every((s) => members.every((m) => m in s));
    },
  },
  'created-at-milliseconds': {
    holds: async (url) =>
      Math.abs(((await created(url, 'probe-time')).CreatedAt as number) - Date.now() / 1000) < 60,
  },
  'arn-default-region': {
    holds: async (url) => {
      const response = await create(url, 'probe-region', {}, 'ap-south-1');
      return String(
        (response.json?.Connection as { ConnectionArn?: string }).ConnectionArn,
      ).includes(':ap-south-1:');
    },
  },
  'arn-id-before-name': {
    holds: async (url) =>
      /:connection\/probe-arn\/[^/]+$/.test((await created(url, 'probe-arn')).arn),
  },
  'create-upserts': {
    holds: async (url) => {
      const first = await created(url, 'probe-unique');
      const second = await create(url, 'probe-unique', { ProviderType: 'BITBUCKET' });
      const { summaries } = await listed(url, { ConnectionName: 'probe-unique' });
      return (
        second.status === 400 && summaries.length === 1 && summaries[0]?.ConnectionArn === first.arn
      );
    },
  },
  'create-check-then-insert': {
    holds: async (url) => {
      const agent = new Agent({ keepAlive: true, maxSockets: 20 });
      try {
        const statuses = await concurrentCreates(
          Number(new URL(url).port),
          agent,
          'probe-race',
          20,
        );
        const { summaries } = await listed(url, {});
        return (
          statuses.filter((s) => s === 200).length === 1 &&
          summaries.filter((s) => s.ConnectionName === 'probe-race').length === 1
        );
      } finally {
        agent.destroy();
      }
    },
  },
  'quota-off-by-one': {
    options: { connectionQuota: 2 },
    holds: async (url) => {
      await created(url, 'probe-quota-1');
      await created(url, 'probe-quota-2');
      return isError(await create(url, 'probe-quota-3'), 'ServiceQuotaExceededException');
    },
  },
  'quota-refusal-keeps-connection': {
    options: { connectionQuota: 2 },
    holds: async (url) => {
      await created(url, 'probe-quota-kept-1');
      await created(url, 'probe-quota-kept-2');
      const refused = await create(url, 'probe-quota-kept-3');
      return (
        isError(refused, 'ServiceQuotaExceededException') &&
        (await listed(url)).summaries.length === 2
      );
    },
  },
  'create-tags-checked-after-insert': {
    holds: async (url) => {
      const refused = await create(url, 'probe-tags-kept', {
        Tags: [{ Key: 'aws:reserved', Value: '1' }],
      });
      return (
        isError(refused, 'InvalidRequestException') && (await listed(url)).summaries.length === 0
      );
    },
  },
  'tag-partial-apply': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-atomic');
      const tags = [
        { Key: 'fine', Value: '1' },
        { Key: 'aws:reserved', Value: '2' },
      ];
      const tagged = await call(url, 'TagResource', { ResourceArn: arn, Tags: tags });
      const after = (await tagsOf(url, arn)) as unknown[];
      return isError(tagged, 'InvalidRequestException') && after.length === 0;
    },
  },
  'delete-answers-prior-status': {
    holds: async (url) => {
      const { deleted } = await createDeleteCreate(url, 'probe-deleted');
      return (deleted.json?.Connection as { Status?: string }).Status === 'DELETED';
    },
  },
  'delete-repeat-succeeds': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-twice');
      await call(url, 'DeleteConnection', { ConnectionArn: arn });
      return isError(
        await call(url, 'DeleteConnection', { ConnectionArn: arn }),
        'ResourceNotFoundException',
      );
    },
  },
};
