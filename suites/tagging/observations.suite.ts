import {
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { observe } from '../../harness/checks/check.js';
import { createConnection, reserveConnections } from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';

reserveConnections(5);

observe('OBS-TAG-EMPTY-VALUE', 'whether an empty tag value round-trips', async ({ client }) => {
  const c = await createConnection({ Tags: [{ Key: 'empty', Value: '' }] });
  const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: c.ConnectionArn }));
  return { listed: out.Tags?.find((t) => t.Key === 'empty') ?? null };
});

observe(
  'OBS-TAG-DUPLICATE-KEY',
  'what a tag list with a duplicated key does',
  async ({ client }) => {
    const tags = [
      { Key: 'dup', Value: 'first' },
      { Key: 'dup', Value: 'second' },
    ];
    const created = createConnection({ Tags: tags });
    const failure = await failureOf(created);
    if (failure) return { error: failure.name, status: failure.status };
    const c = await created;
    const out = await client.send(new ListTagsForResourceCommand({ ResourceArn: c.ConnectionArn }));
    return { listed: out.Tags?.filter((t) => t.Key === 'dup') ?? [] };
  },
);

observe(
  'OBS-UNTAG-ABSENT-KEY',
  'what untagging a key the connection lacks does',
  async ({ client }) => {
    const c = await createConnection({ Tags: [{ Key: 'present', Value: 'v' }] });
    const failure = await failureOf(
      client.send(new UntagResourceCommand({ ResourceArn: c.ConnectionArn, TagKeys: ['absent'] })),
    );
    return failure ? { error: failure.name, status: failure.status } : 'accepted';
  },
);

observe(
  'OBS-TAG-VALUE-LINE-TERMINATOR',
  'whether a tag value with a line feed is accepted',
  async ({ client }) => {
    const c = await createConnection();
    const call = client.send(
      new TagResourceCommand({
        ResourceArn: c.ConnectionArn,
        Tags: [{ Key: 'multi', Value: 'a\nb' }],
      }),
    );
    const failure = await failureOf(call);
    return failure ? { error: failure.name, status: failure.status } : 'accepted';
  },
);

observe('OBS-TAG-LIMIT', 'whether 51 tags on one connection are accepted', async ({ client }) => {
  const c = await createConnection();
  const tags = Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: `v${i}` }));
  const failure = await failureOf(
    client.send(new TagResourceCommand({ ResourceArn: c.ConnectionArn, Tags: tags })),
  );
  return failure ? { error: failure.name, status: failure.status, tried: 51 } : { accepted: 51 };
});
