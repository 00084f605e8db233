import { check } from '../support/check.js';
import { createConnection, deleteConnection } from '../support/connections.js';
import { failureOf, require } from '../support/errors.js';

check(['DELETE-FREES-NAME'], 'a deleted connection name can be created again', async () => {
  const c = await createConnection();
  await deleteConnection(c.ConnectionArn ?? '');
  const failure = await failureOf(createConnection({ ConnectionName: c.ConnectionName }));
  require(!failure, 'DELETE-FREES-NAME', `creating ${c.ConnectionName} again failed: ${failure?.name} ${failure?.message}`);
});
