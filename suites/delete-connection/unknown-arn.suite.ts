import { DeleteConnectionCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection, deleteConnection } from '../../harness/checks/connections.js';
import { expectError } from '../../harness/checks/errors.js';
import { unknownConnectionArn } from '../../harness/checks/arns.js';

check(
  ['DELETE-UNKNOWN-ARN'],
  'deleting a well-formed ARN of no connection gives ResourceNotFoundException',
  async ({ client }) => {
    const arn = await unknownConnectionArn();
    await expectError(
      client.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
      'ResourceNotFoundException',
      'DELETE-UNKNOWN-ARN',
    );
  },
);

check(
  ['DELETE-UNKNOWN-ARN'],
  'deleting a connection twice gives ResourceNotFoundException the second time',
  async ({ client }) => {
    const c = await createConnection();
    await deleteConnection(c.ConnectionArn ?? '');
    await expectError(
      client.send(new DeleteConnectionCommand({ ConnectionArn: c.ConnectionArn })),
      'ResourceNotFoundException',
      'DELETE-UNKNOWN-ARN',
    );
  },
);
