// Probes of the deviations that show each remaining check can fail: unknown ARNs per operation,
// CreatedAt per answer, unchecked or miscounted constraints.
import { call, created, isError, type Probe } from './probe.js';

const UNKNOWN =
  'arn:aws:apprunner:us-east-1:000000000000:connection/probe-none/00000000000000000000000000000000';

/** A malformed request is refused with a client error, not a crash. */
const refusedAs4xx = (op: Parameters<typeof call>[1], body: unknown): Probe => ({
  holds: async (url) => {
    const { status } = await call(url, op, body);
    return status >= 400 && status < 500;
  },
});

export const GAP_PROBES: Record<string, Probe> = {
  'delete-required-unchecked': {
    holds: async (url) =>
      isError(await call(url, 'DeleteConnection', {}), 'InvalidRequestException'),
  },
  'tag-required-unchecked': {
    holds: async (url) =>
      isError(await call(url, 'TagResource', { ResourceArn: UNKNOWN }), 'InvalidRequestException'),
  },
  'untag-required-unchecked': {
    holds: async (url) =>
      isError(
        await call(url, 'UntagResource', { ResourceArn: UNKNOWN }),
        'InvalidRequestException',
      ),
  },
  'list-tags-required-unchecked': {
    holds: async (url) =>
      isError(await call(url, 'ListTagsForResource', {}), 'InvalidRequestException'),
  },
  'arn-wrong-type-crashes': refusedAs4xx('ListTagsForResource', { ResourceArn: 42 }),
  'name-wrong-type-crashes': refusedAs4xx('ListConnections', { ConnectionName: 4242 }),
  'max-results-wrong-type-crashes': refusedAs4xx('ListConnections', { MaxResults: 'ten' }),
  'token-wrong-type-crashes': refusedAs4xx('ListConnections', { NextToken: 7 }),
  'provider-wrong-type-crashes': refusedAs4xx('CreateConnection', {
    ConnectionName: 'probe-provider-type',
    ProviderType: 7,
  }),
  'tags-wrong-type-crashes': refusedAs4xx('CreateConnection', {
    ConnectionName: 'probe-tags-type',
    ProviderType: 'GITHUB',
    Tags: 'k=v',
  }),
  'tag-wrong-type-crashes': refusedAs4xx('TagResource', { ResourceArn: UNKNOWN, Tags: ['k=v'] }),
  'tag-key-wrong-type-crashes': refusedAs4xx('TagResource', {
    ResourceArn: UNKNOWN,
    Tags: [{ Key: 7, Value: 'v' }],
  }),
  'tag-value-wrong-type-crashes': refusedAs4xx('CreateConnection', {
    ConnectionName: 'probe-value-type',
    ProviderType: 'GITHUB',
    Tags: [{ Key: 'k', Value: 7 }],
  }),
  'tag-value-length-off-by-one': {
    holds: async (url) =>
      isError(
        await call(url, 'CreateConnection', {
          ConnectionName: 'probe-value-length',
          ProviderType: 'GITHUB',
          Tags: [{ Key: 'k', Value: 'v'.repeat(257) }],
        }),
        'InvalidRequestException',
      ),
  },
  'max-results-above-max-clamped': {
    holds: async (url) =>
      isError(await call(url, 'ListConnections', { MaxResults: 101 }), 'InvalidRequestException'),
  },
  'delete-unknown-arn-invalid-request': {
    holds: async (url) =>
      isError(
        await call(url, 'DeleteConnection', { ConnectionArn: UNKNOWN }),
        'ResourceNotFoundException',
      ),
  },
  'quota-error-429': {
    options: { connectionQuota: 1 },
    holds: async (url) => {
      await created(url, 'probe-quota-status-1');
      const refused = await call(url, 'CreateConnection', {
        ConnectionName: 'probe-quota-status-2',
        ProviderType: 'GITHUB',
      });
      return isError(refused, 'ServiceQuotaExceededException') && refused.status === 402;
    },
  },
  'tag-keys-wrong-type-crashes': refusedAs4xx('UntagResource', {
    ResourceArn: UNKNOWN,
    TagKeys: 'k',
  }),
  'tag-unknown-succeeds': {
    holds: async (url) =>
      isError(
        await call(url, 'TagResource', { ResourceArn: UNKNOWN, Tags: [{ Key: 'k', Value: 'v' }] }),
        'ResourceNotFoundException',
      ),
  },
  'untag-unknown-succeeds': {
    holds: async (url) =>
      isError(
        await call(url, 'UntagResource', { ResourceArn: UNKNOWN, TagKeys: ['k'] }),
        'ResourceNotFoundException',
      ),
  },
  'delete-never-created-succeeds': {
    holds: async (url) =>
      isError(
        await call(url, 'DeleteConnection', { ConnectionArn: UNKNOWN }),
        'ResourceNotFoundException',
      ),
  },
  'create-answer-without-created-at': {
    holds: async (url) => 'CreatedAt' in (await created(url, 'probe-create-at')),
  },
  'delete-answer-without-created-at': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-delete-at');
      const deleted = await call(url, 'DeleteConnection', { ConnectionArn: arn });
      return 'CreatedAt' in ((deleted.json?.Connection as object | undefined) ?? {});
    },
  },
  'name-max-off-by-one': {
    holds: async (url) =>
      (
        await call(url, 'CreateConnection', {
          ConnectionName: 'p'.repeat(32),
          ProviderType: 'GITHUB',
        })
      ).status === 200,
  },
  'tag-key-utf16-length': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-key-utf16');
      return (
        (
          await call(url, 'TagResource', {
            ResourceArn: arn,
            Tags: [{ Key: '😀'.repeat(128), Value: 'v' }],
          })
        ).status === 200
      );
    },
  },
  'arn-length-unchecked': {
    // Over the length limit while the pattern still matches: the resource part stays within its
    // own {1,1011}, so only the length rule can refuse it.
    holds: async (url) =>
      isError(
        await call(url, 'DeleteConnection', {
          ConnectionArn: `arn:aws:apprunner:us-east-1:000000000000:connection/x/${'0'.repeat(998)}`,
        }),
        'InvalidRequestException',
      ),
  },
  'required-members-unchecked': {
    holds: async (url) =>
      isError(
        await call(url, 'CreateConnection', { ConnectionName: 'probe-required' }),
        'InvalidRequestException',
      ),
  },
};
