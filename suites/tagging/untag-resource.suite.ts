import { ListTagsForResourceCommand, UntagResourceCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';
import { sameTags } from '../../harness/checks/tags.js';

check(
  ['TAG-UNTAG-REMOVES'],
  'UntagResource removes the given keys and keeps the others',
  async ({ client }) => {
    const c = await createConnection({
      Tags: [
        { Key: 'a', Value: '1' },
        { Key: 'b', Value: '2' },
        { Key: 'c', Value: '3' },
      ],
    });
    await client.send(
      new UntagResourceCommand({ ResourceArn: c.ConnectionArn, TagKeys: ['a', 'c'] }),
    );
    const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: c.ConnectionArn }));
    require(sameTags(out.Tags ?? [], [
      { Key: 'b', Value: '2' },
    ]), 'TAG-UNTAG-REMOVES', `listed ${JSON.stringify(out.Tags)}`);
  },
);
