import { check } from '../support/check.js';
import { createConnection, deleteConnection } from '../support/connections.js';
import { require } from '../support/errors.js';

check(
  ['CONN-ARN-FRESH-ID'],
  'a name created again after deletion gets a different ARN',
  async () => {
    const first = await createConnection();
    await deleteConnection(first.ConnectionArn ?? '');
    const second = await createConnection({ ConnectionName: first.ConnectionName });
    require(second.ConnectionArn !==
      first.ConnectionArn, 'CONN-ARN-FRESH-ID', `the recreated connection reuses the ARN ${first.ConnectionArn}`);
  },
);
