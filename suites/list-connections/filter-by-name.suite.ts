import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection, reserveConnections } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';

reserveConnections(3);

check(
  ['LIST-FILTER-NAME'],
  'a name filter returns exactly the connection of that name',
  async ({ client }) => {
    const wanted = await createConnection();
    // Neighbours the filter must leave out: one the wanted name is a prefix of, one that is a
    // prefix of it, so a prefix or substring match shows.
    const name = wanted.ConnectionName ?? '';
    await createConnection({ ConnectionName: `${name}x` });
    await createConnection({ ConnectionName: name.slice(0, -1) });
    const out = await client.send(
      new ListConnectionsCommand({ ConnectionName: wanted.ConnectionName }),
    );
    const list = out.ConnectionSummaryList ?? [];
    require(list.length === 1 &&
      list[0]?.ConnectionArn ===
        wanted.ConnectionArn, 'LIST-FILTER-NAME', `filtering on ${wanted.ConnectionName} listed ${JSON.stringify(list.map((c) => c.ConnectionName))}`);
  },
);
