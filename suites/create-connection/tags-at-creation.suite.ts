import { ListTagsForResourceCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';
import { sameTags } from '../../harness/checks/tags.js';

check(
  ['TAG-CREATE-ROUNDTRIP'],
  'tags given at creation are listed on the new connection',
  async ({ client }) => {
    const tags = [
      { Key: 'team', Value: 'platform' },
      { Key: 'Ünïcode-😀', Value: 'välue 😀' },
      { Key: 'cost-center', Value: '42' },
    ];
    const connection = await createConnection({ Tags: tags });
    const listed = await client.send(
      new ListTagsForResourceCommand({ ResourceArn: connection.ConnectionArn }),
    );
    require(sameTags(
      listed.Tags ?? [],
      tags,
    ), 'TAG-CREATE-ROUNDTRIP', `listed ${JSON.stringify(listed.Tags)}, created with ${JSON.stringify(tags)}`);
  },
);
