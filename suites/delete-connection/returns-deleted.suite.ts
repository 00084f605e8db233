import { check, checkWithControl } from '../../harness/checks/check.js';
import { createConnection, deleteConnection } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';

check(
  ['DELETE-RETURNS-DELETED'],
  'DeleteConnection answers the connection with Status DELETED',
  async () => {
    const c = await createConnection();
    const deleted = await deleteConnection(c.ConnectionArn ?? '');
    require(deleted?.Status ===
      'DELETED', 'DELETE-RETURNS-DELETED', `Status is ${deleted?.Status}`);
    require(deleted?.ConnectionArn ===
      c.ConnectionArn, 'DELETE-RETURNS-DELETED', `answered ${deleted?.ConnectionArn}, deleted ${c.ConnectionArn}`);
  },
);

checkWithControl(
  ['DELETE-RETURNS-DELETED'],
  'DeleteConnection of an AVAILABLE or ERROR connection answers Status DELETED',
  async (_c, control) => {
    for (const status of ['AVAILABLE', 'ERROR'] as const) {
      const c = await createConnection();
      const arn = c.ConnectionArn ?? '';
      await control.setStatus(arn, status);
      const deleted = await deleteConnection(arn);
      require(deleted?.Status ===
        'DELETED', 'DELETE-RETURNS-DELETED', `deleting a connection whose handshake left it ${status} answered Status ${deleted?.Status}`);
      require(deleted?.ConnectionArn ===
        arn, 'DELETE-RETURNS-DELETED', `answered ${deleted?.ConnectionArn}, deleted ${arn}`);
    }
  },
);
