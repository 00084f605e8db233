import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { expectError } from '../../harness/checks/errors.js';
import { unknownConnectionArn } from '../../harness/checks/arns.js';

check(
  ['TAG-UNKNOWN-ARN'],
  'TagResource on an unknown ARN gives ResourceNotFoundException',
  async ({ client }) => {
    const arn = await unknownConnectionArn();
    await expectError(
      client.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k', Value: 'v' }] })),
      'ResourceNotFoundException',
      'TAG-UNKNOWN-ARN',
    );
  },
);

check(
  ['TAG-UNKNOWN-ARN'],
  'UntagResource on an unknown ARN gives ResourceNotFoundException',
  async ({ client }) => {
    const arn = await unknownConnectionArn();
    await expectError(
      client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['k'] })),
      'ResourceNotFoundException',
      'TAG-UNKNOWN-ARN',
    );
  },
);

check(
  ['TAG-UNKNOWN-ARN'],
  'ListTagsForResource on an unknown ARN gives ResourceNotFoundException',
  async ({ client }) => {
    const arn = await unknownConnectionArn();
    await expectError(
      client.send(new ListTagsForResourceCommand({ ResourceArn: arn })),
      'ResourceNotFoundException',
      'TAG-UNKNOWN-ARN',
    );
  },
);
