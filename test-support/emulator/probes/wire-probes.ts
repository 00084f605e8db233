// Probes of the wire requirements.
import { OPERATIONS } from '../../../contract/index.js';
import { errorName, rawCall } from '../raw-call.js';
import { call, create, created, isError, listed, UNKNOWN_ARN, type Probe } from './probe.js';

const LIST_ERRORS: readonly string[] =
  OPERATIONS.operations.find((o) => o.name === 'ListConnections')?.errors ?? [];

export const WIRE_PROBES: Record<string, Probe> = {
  'content-type-application-json': {
    holds: async (url) =>
      (await call(url, 'ListConnections', {})).headers.get('content-type') ===
      OPERATIONS.contentType,
  },
  'request-id-only-on-success': {
    holds: async (url) =>
      /\S/.test(
        (await call(url, 'DeleteConnection', { ConnectionArn: UNKNOWN_ARN })).headers.get(
          'x-amzn-requestid',
        ) ?? '',
      ),
  },
  'create-answers-201': { holds: async (url) => (await create(url, 'probe-201')).status === 200 },
  'tag-answers-empty-body': {
    holds: async (url) => {
      const { arn } = await created(url, 'probe-empty');
      const tagged = await call(url, 'TagResource', {
        ResourceArn: arn,
        Tags: [{ Key: 'k', Value: 'v' }],
      });
      return tagged.status === 200 && tagged.json !== undefined && !Array.isArray(tagged.json);
    },
  },
  'error-type-header-only': {
    holds: async (url) => typeof (await create(url, '!!bad')).json?.__type === 'string',
  },
  'error-message-lowercase': {
    holds: async (url) => typeof (await create(url, '!!bad')).json?.Message === 'string',
  },
  'not-found-answers-404': {
    holds: async (url) =>
      (await call(url, 'DeleteConnection', { ConnectionArn: UNKNOWN_ARN })).status === 400,
  },
  'token-reuse-unmodeled-error': {
    holds: async (url) => {
      for (const n of [1, 2, 3]) await created(url, `probe-token-${n}`);
      const { token } = await listed(url, { MaxResults: 1 });
      const reused = await call(url, 'ListConnections', { MaxResults: 2, NextToken: token });
      return reused.status === 200 || LIST_ERRORS.includes(errorName(reused) ?? '');
    },
  },
  'malformed-json-500': {
    holds: async (url) => {
      const response = await rawCall(url, 'CreateConnection', '{"ConnectionName":');
      return (
        response.status >= 400 &&
        response.status < 500 &&
        isError(response, 'SerializationException')
      );
    },
  },
};
