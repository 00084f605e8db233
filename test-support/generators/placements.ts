// Where a member value sits in a message, so that it can be validated with the message schema
// the contract compiles: a name goes into a CreateConnectionRequest, a tag key into a
// TagResourceRequest, and so on. The rest of each message is valid and fixed.
import {
  enumValues,
  integerRange,
  stringConstraint,
  type SchemaName,
} from '../../contract/index.js';

export interface Placement {
  schema: SchemaName;
  /** JSON pointer of the member inside the message. */
  at: string;
  message: (value: unknown) => unknown;
}

const validName = 'a'.repeat(stringConstraint('ConnectionName').minLength);
const validProvider = enumValues('ProviderType')[0];
export const VALID_ARN = `arn:aws:apprunner:us-east-1:${'1'.repeat(12)}:connection/${validName}/0123456789abcdef0123456789abcdef`;

export const PLACEMENTS = {
  connectionName: {
    schema: 'CreateConnectionRequest',
    at: '/ConnectionName',
    message: (v) => ({ ConnectionName: v, ProviderType: validProvider }),
  },
  listFilterName: {
    schema: 'ListConnectionsRequest',
    at: '/ConnectionName',
    message: (v) => ({ ConnectionName: v }),
  },
  providerType: {
    schema: 'CreateConnectionRequest',
    at: '/ProviderType',
    message: (v) => ({ ConnectionName: validName, ProviderType: v }),
  },
  tagKey: {
    schema: 'TagResourceRequest',
    at: '/Tags/0/Key',
    message: (v) => ({ ResourceArn: VALID_ARN, Tags: [{ Key: v, Value: '' }] }),
  },
  untagKey: {
    schema: 'UntagResourceRequest',
    at: '/TagKeys/0',
    message: (v) => ({ ResourceArn: VALID_ARN, TagKeys: [v] }),
  },
  tagValue: {
    schema: 'TagResourceRequest',
    at: '/Tags/0/Value',
    message: (v) => ({ ResourceArn: VALID_ARN, Tags: [{ Key: 'k', Value: v }] }),
  },
  tags: {
    schema: 'TagResourceRequest',
    at: '/Tags',
    message: (v) => ({ ResourceArn: VALID_ARN, Tags: v }),
  },
  connectionArn: {
    schema: 'DeleteConnectionRequest',
    at: '/ConnectionArn',
    message: (v) => ({ ConnectionArn: v }),
  },
  resourceArn: {
    schema: 'ListTagsForResourceRequest',
    at: '/ResourceArn',
    message: (v) => ({ ResourceArn: v }),
  },
  maxResults: {
    schema: 'ListConnectionsRequest',
    at: '/MaxResults',
    message: (v) => ({ MaxResults: v }),
  },
  nextToken: {
    schema: 'ListConnectionsRequest',
    at: '/NextToken',
    message: (v) => ({ NextToken: v, MaxResults: integerRange('MaxResults').maximum }),
  },
  createConnectionInput: { schema: 'CreateConnectionRequest', at: '', message: (v) => v },
} satisfies Record<string, Placement>;
