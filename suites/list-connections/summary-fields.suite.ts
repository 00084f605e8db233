import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection, deleteConnection } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';

const FIELDS = ['ConnectionName', 'ConnectionArn', 'ProviderType', 'Status', 'CreatedAt'] as const;

check(
  ['CONN-CREATE-FIELDS'],
  'a ListConnections summary carries all five members',
  async ({ client }) => {
    const c = await createConnection();
    const out = await client.send(new ListConnectionsCommand({ ConnectionName: c.ConnectionName }));
    const summary = out.ConnectionSummaryList?.find((s) => s.ConnectionArn === c.ConnectionArn);
    require(summary, 'CONN-CREATE-FIELDS', `${c.ConnectionName} is not listed`);
    const missing = FIELDS.filter((f) => summary[f] === undefined);
    require(missing.length === 0, 'CONN-CREATE-FIELDS', `the summary lacks ${missing.join(', ')}`);
  },
);

check(
  ['CONN-CREATE-FIELDS'],
  'the connection DeleteConnection answers carries all five members',
  async () => {
    const c = await createConnection();
    const deleted = await deleteConnection(c.ConnectionArn ?? '');
    const missing = FIELDS.filter((f) => deleted?.[f] === undefined);
    require(missing.length ===
      0, 'CONN-CREATE-FIELDS', `the deleted connection lacks ${missing.join(', ')}`);
  },
);
