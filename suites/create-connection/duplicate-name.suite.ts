import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check, observe } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { expectError, failureOf, require } from '../../harness/checks/errors.js';

check(
  ['CONN-NAME-UNIQUE'],
  'a second connection with an existing name is rejected and the first is unchanged',
  async ({ client }) => {
    const first = await createConnection({ ProviderType: 'GITHUB' });
    // Any modeled client error of CreateConnection will do: which one is OBS-DUPLICATE-NAME-ERROR.
    await expectError(
      createConnection({ ConnectionName: first.ConnectionName, ProviderType: 'BITBUCKET' }),
      ['InvalidRequestException', 'ServiceQuotaExceededException'],
      'CONN-NAME-UNIQUE',
    );
    const listed = await client.send(
      new ListConnectionsCommand({ ConnectionName: first.ConnectionName }),
    );
    const same = (listed.ConnectionSummaryList ?? []).filter(
      (c) => c.ConnectionName === first.ConnectionName,
    );
    require(same.length ===
      1, 'CONN-NAME-UNIQUE', `${same.length} connections are named ${first.ConnectionName}`);
    require(same[0]?.ConnectionArn ===
      first.ConnectionArn, 'CONN-NAME-UNIQUE', 'the listed connection has another ARN');
    require(same[0]?.ProviderType ===
      'GITHUB', 'CONN-NAME-UNIQUE', `the provider changed to ${same[0]?.ProviderType}`);
  },
);

observe('OBS-DUPLICATE-NAME-ERROR', 'the error a duplicate name gets', async () => {
  const first = await createConnection();
  const failure = await failureOf(createConnection({ ConnectionName: first.ConnectionName }));
  return failure ? { error: failure.name, status: failure.status } : { error: 'none: accepted' };
});
