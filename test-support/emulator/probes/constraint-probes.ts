// Probes of the most important constraint requirements, on input and on output.
import { stringConstraint, violations } from '../../../contract/index.js';
import { call, create, created, isError, listed, UNKNOWN_ARN, type Probe } from './probe.js';

const rejected = async (response: Promise<{ json?: Record<string, unknown> }>) =>
  isError((await response) as Parameters<typeof isError>[0], 'InvalidRequestException');

/** True when ListConnections' answer has no violation of `rule`. */
async function listKeeps(url: string, rule: string): Promise<boolean> {
  await created(url, 'probe-shape');
  const { response } = await listed(url);
  return !violations('ListConnectionsResponse', response.json).some((v) => v.requirement === rule);
}

export const CONSTRAINT_PROBES: Record<string, Probe> = {
  'name-pattern-unanchored': { holds: (url) => rejected(create(url, '!!abcd')) },
  'name-first-character-unchecked': { holds: (url) => rejected(create(url, '-abcd')) },
  'tag-value-utf16-length': {
    holds: async (url) => {
      const value = '\u{1F600}'.repeat(stringConstraint('TagValue').maxLength);
      return (
        (await create(url, 'probe-emoji', { Tags: [{ Key: 'k', Value: value }] })).status === 200
      );
    },
  },
  'aws-tag-keys-accepted': {
    holds: (url) =>
      rejected(create(url, 'probe-aws', { Tags: [{ Key: 'aws:owner', Value: 'x' }] })),
  },
  'tag-key-length-off-by-one': {
    holds: (url) => {
      const key = 'k'.repeat(stringConstraint('TagKey').maxLength + 1);
      return rejected(create(url, 'probe-key', { Tags: [{ Key: key, Value: 'x' }] }));
    },
  },
  'max-results-clamped': {
    holds: async (url) =>
      (await rejected(call(url, 'ListConnections', { MaxResults: 0 }))) &&
      (await rejected(call(url, 'ListConnections', { MaxResults: 101 }))),
  },
  'provider-any-string': {
    holds: (url) => rejected(create(url, 'probe-provider', { ProviderType: 'GITLAB' })),
  },
  'summary-status-lowercase': { holds: (url) => listKeeps(url, 'shape.ConnectionStatus.enum') },
  'summary-created-at-iso': { holds: (url) => listKeeps(url, 'shape.Timestamp.type') },
  'arn-pattern-unanchored': {
    holds: (url) => rejected(call(url, 'ListTagsForResource', { ResourceArn: `x-${UNKNOWN_ARN}` })),
  },
};
