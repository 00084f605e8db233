// Whether a deleted connection still holds its name is not documented (DELETE-FREES-NAME): this
// records whether the name can be used again at once, and what a refusal answers.
import { observe } from '../../harness/checks/check.js';
import { createConnection, deleteConnection } from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';

observe('DELETE-FREES-NAME', 'whether a deleted connection name can be created again', async () => {
  const c = await createConnection();
  await deleteConnection(c.ConnectionArn ?? '');
  const failure = await failureOf(createConnection({ ConnectionName: c.ConnectionName }));
  return failure ? { error: failure.name, status: failure.status } : 'created again';
});
