import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { createConnection, listAll, reserveConnections } from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';

// Pages through the whole account: nobody else may create or delete meanwhile.
reserveConnections('account');

/** Connections made for paging: enough for several pages, few enough for a shared quota of 10. */
const OWN = 4;

check(
  ['LIST-PAGINATION-COMPLETE'],
  'following NextToken visits every connection exactly once, for every MaxResults',
  async () => {
    const mine = [];
    for (let i = 0; i < OWN; i += 1) mine.push(await createConnection());
    // Other connections on the target (a live account's, another run's) are paged through too.
    const total = (await listAll({})).flat().length;
    for (let max = 1; max <= total + 1; max += 1) {
      const seen = (await listAll({ MaxResults: max })).flat().map((c) => c.ConnectionArn);
      const duplicates = seen.filter((arn, i) => seen.indexOf(arn) !== i);
      require(duplicates.length ===
        0, 'LIST-PAGINATION-COMPLETE', `MaxResults ${max}: listed twice: ${duplicates.join(', ')}`);
      const missing = mine.filter((c) => !seen.includes(c.ConnectionArn));
      require(missing.length ===
        0, 'LIST-PAGINATION-COMPLETE', `MaxResults ${max}: never listed: ${missing.map((c) => c.ConnectionName).join(', ')}`);
    }
  },
);

check(['LIST-PAGE-SIZE'], 'a page holds at most MaxResults connections', async ({ client }) => {
  for (let i = 0; i < 3; i += 1) await createConnection();
  for (const max of [1, 2]) {
    const out = await client.send(new ListConnectionsCommand({ MaxResults: max }));
    const size = out.ConnectionSummaryList?.length ?? 0;
    require(size <= max, 'LIST-PAGE-SIZE', `MaxResults ${max} gave a page of ${size}`);
  }
});
