// Probes of the deviations that break a shape rule of one operation's request or answer: scalar
// bodies, a missing CreateConnection member, and malformed answers.
import type { OperationName } from '../../../contract/index.js';
import type { RawResponse } from '../raw-call.js';
import { call, created, isError, tagsOf, type Probe } from './probe.js';

/** A body that is a JSON number is refused with a client error, not a crash. */
const scalarRefused = (op: OperationName): Probe => ({
  holds: async (url) => {
    const { status } = await call(url, op, 42);
    return status >= 400 && status < 500;
  },
});

/** The answer is a 200 whose body is a JSON object. */
const objectAnswer = (response: RawResponse): boolean =>
  response.status === 200 &&
  typeof response.json === 'object' &&
  response.json !== null &&
  !Array.isArray(response.json);

export const SHAPE_PROBES: Record<string, Probe> = {
  'create-scalar-body-crashes': scalarRefused('CreateConnection'),
  'list-scalar-body-crashes': scalarRefused('ListConnections'),
  'delete-scalar-body-crashes': scalarRefused('DeleteConnection'),
  'tag-scalar-body-crashes': scalarRefused('TagResource'),
  'untag-scalar-body-crashes': scalarRefused('UntagResource'),
  'list-tags-scalar-body-crashes': scalarRefused('ListTagsForResource'),
  'create-missing-member-serialization-error': {
    holds: async (url) =>
      isError(
        await call(url, 'CreateConnection', { ProviderType: 'GITHUB' }),
        'InvalidRequestException',
      ),
  },
  'connection-created-at-string': {
    holds: async (url) => {
      const { arn, CreatedAt } = await created(url, 'probe-created-at-type');
      const deleted = await call(url, 'DeleteConnection', { ConnectionArn: arn });
      const connection = deleted.json?.Connection as Record<string, unknown> | undefined;
      return typeof CreatedAt === 'number' && typeof connection?.CreatedAt === 'number';
    },
  },
  'tag-answers-null': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-tag-null');
      return objectAnswer(
        await call(url, 'TagResource', { ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] }),
      );
    },
  },
  'untag-answers-null': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-untag-null', { Tags: [{ Key: 'k', Value: 'v' }] });
      return objectAnswer(await call(url, 'UntagResource', { ResourceArn: arn, TagKeys: ['k'] }));
    },
  },
  'untag-leaves-null-tags': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-untag-hole', {
        Tags: [
          { Key: 'a', Value: '1' },
          { Key: 'b', Value: '2' },
        ],
      });
      await call(url, 'UntagResource', { ResourceArn: arn, TagKeys: ['a'] });
      return JSON.stringify(await tagsOf(url, arn)) === '[{"Key":"b","Value":"2"}]';
    },
  },
};
