// Probes of the wire rules broken on one path only: one kind of error, or one kind of page.
import { OPERATIONS } from '../../../contract/index.js';
import { rawCall, type RawResponse } from '../raw-call.js';
import { create, created, listed, type Probe } from './probe.js';

const contentTypeOf = (r: RawResponse) => r.headers.get('content-type');

/** The answer to a second create of one name. */
async function duplicate(url: string, name: string): Promise<RawResponse> {
  await created(url, name);
  return create(url, name);
}

/** The answer to a create past a quota of one. */
async function pastQuota(url: string): Promise<RawResponse> {
  await created(url, 'probe-quota-a');
  return create(url, 'probe-quota-b');
}

export const AUDIT_PROBES: Record<string, Probe> = {
  'duplicate-name-type-header-only': {
    holds: async (url) => typeof (await duplicate(url, 'probe-dup-type')).json?.__type === 'string',
  },
  'duplicate-name-409': {
    holds: async (url) => (await duplicate(url, 'probe-dup-409')).status === 400,
  },
  'token-pages-application-json': {
    holds: async (url) => {
      for (const n of [1, 2]) await created(url, `probe-page-${n}`);
      const { response, token } = await listed(url, { MaxResults: 1 });
      return token !== undefined && contentTypeOf(response) === OPERATIONS.contentType;
    },
  },
  'quota-error-without-request-id': {
    options: { connectionQuota: 1 },
    holds: async (url) => /\S/.test((await pastQuota(url)).headers.get('x-amzn-requestid') ?? ''),
  },
  'quota-error-without-message': {
    options: { connectionQuota: 1 },
    holds: async (url) => typeof (await pastQuota(url)).json?.Message === 'string',
  },
  'protocol-errors-application-json': {
    holds: async (url) =>
      contentTypeOf(await rawCall(url, 'ListConnections', '{"MaxResults": ')) ===
      OPERATIONS.contentType,
  },
};
