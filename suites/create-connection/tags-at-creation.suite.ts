import { ListTagsForResourceCommand } from '@aws-sdk/client-apprunner';
import { check } from '../support/check.js';
import { createConnection } from '../support/connections.js';
import { require } from '../support/errors.js';
import { sameTags } from '../support/tags.js';

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
