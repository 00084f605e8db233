// Whether a deleted connection still holds its name is not documented (DELETE-FREES-NAME): this
// records whether the name can be used again at once, and what a refusal answers.
import { observe } from '../support/check.js';
import { createConnection, deleteConnection } from '../support/connections.js';
import { failureOf } from '../support/errors.js';

observe('DELETE-FREES-NAME', 'whether a deleted connection name can be created again', async () => {
  const c = await createConnection();
  await deleteConnection(c.ConnectionArn ?? '');
  const failure = await failureOf(createConnection({ ConnectionName: c.ConnectionName }));
  return failure ? { error: failure.name, status: failure.status } : 'created again';
});
