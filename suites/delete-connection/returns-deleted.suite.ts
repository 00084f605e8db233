import { check } from '../../harness/checks/check.js';
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
