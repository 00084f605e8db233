import { ListTagsForResourceCommand } from '@aws-sdk/client-apprunner';
import { observe } from '../../harness/checks/check.js';
import { createConnection, deleteConnection } from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';

observe(
  'OBS-DELETED-ARN-TAGS',
  'what ListTagsForResource on a deleted connection answers',
  async ({ client }) => {
    const c = await createConnection({ Tags: [{ Key: 'k', Value: 'v' }] });
    await deleteConnection(c.ConnectionArn ?? '');
    const call = client.send(new ListTagsForResourceCommand({ ResourceArn: c.ConnectionArn }));
    const failure = await failureOf(call);
    return failure
      ? { error: failure.name, status: failure.status }
      : { tags: (await call).Tags?.length ?? 0 };
  },
);
