import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../support/check.js';
import { createConnection } from '../support/connections.js';
import { expectError } from '../support/errors.js';

check(
  ['LIST-TOKEN-FORGED'],
  'a NextToken the service did not issue is rejected',
  async ({ client }) => {
    await createConnection();
    await createConnection();
    const page = await client.send(new ListConnectionsCommand({ MaxResults: 1 }));
    const genuine = page.NextToken ?? 'token';
    // Well-formed for the model (1..1024 characters), but never issued: altered, or made up.
    for (const forged of [
      `${genuine.slice(0, -1)}${genuine.endsWith('A') ? 'B' : 'A'}`,
      'forged-token',
      'e30=',
    ]) {
      await expectError(
        client.send(new ListConnectionsCommand({ MaxResults: 1, NextToken: forged })),
        'InvalidRequestException',
        'LIST-TOKEN-FORGED',
      );
    }
  },
);
