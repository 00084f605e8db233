import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check, checkWithControl } from '../../harness/checks/check.js';
import { createConnection, deleteConnection, listAll } from '../../harness/checks/connections.js';
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

checkWithControl(
  ['CONN-SUMMARY-STATUS'],
  'a summary shows the Status a completed or failed handshake left',
  async ({ client }, control) => {
    for (const status of ['AVAILABLE', 'ERROR'] as const) {
      const c = await createConnection();
      const arn = c.ConnectionArn ?? '';
      // Listed once before: a summary a target keeps from the first listing must not go stale.
      await client.send(new ListConnectionsCommand({ ConnectionName: c.ConnectionName }));
      await control.setStatus(arn, status);
      for (const input of [{ ConnectionName: c.ConnectionName }, {}]) {
        const listed = (await listAll(input)).flat();
        const summary = listed.find((s) => s.ConnectionArn === arn);
        require(summary, 'CONN-SUMMARY-STATUS', `${c.ConnectionName} is not listed`);
        require(summary.Status ===
          status, 'CONN-SUMMARY-STATUS', `after the handshake was set to ${status}, ListConnections${input.ConnectionName ? ' by name' : ''} shows Status ${summary.Status}`);
      }
      await deleteConnection(arn);
    }
  },
);
