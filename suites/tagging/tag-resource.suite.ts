import { ListTagsForResourceCommand, TagResourceCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';
import { sameTags } from '../../harness/checks/tags.js';

check(['TAG-ADD'], 'TagResource adds keys the connection does not have', async ({ client }) => {
  const c = await createConnection({ Tags: [{ Key: 'a', Value: '1' }] });
  await client.send(
    new TagResourceCommand({
      ResourceArn: c.ConnectionArn,
      Tags: [
        { Key: 'b', Value: '2' },
        { Key: 'c', Value: '3' },
      ],
    }),
  );
  const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: c.ConnectionArn }));
  const expected = [
    { Key: 'a', Value: '1' },
    { Key: 'b', Value: '2' },
    { Key: 'c', Value: '3' },
  ];
  require(sameTags(out.Tags ?? [], expected), 'TAG-ADD', `listed ${JSON.stringify(out.Tags)}`);
});

check(
  ['TAG-OVERWRITE'],
  'TagResource with an existing key replaces its value',
  async ({ client }) => {
    const c = await createConnection({
      Tags: [
        { Key: 'a', Value: 'old' },
        { Key: 'b', Value: 'kept' },
      ],
    });
    await client.send(
      new TagResourceCommand({ ResourceArn: c.ConnectionArn, Tags: [{ Key: 'a', Value: 'new' }] }),
    );
    const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: c.ConnectionArn }));
    const expected = [
      { Key: 'a', Value: 'new' },
      { Key: 'b', Value: 'kept' },
    ];
    require(sameTags(
      out.Tags ?? [],
      expected,
    ), 'TAG-OVERWRITE', `listed ${JSON.stringify(out.Tags)}`);
  },
);
