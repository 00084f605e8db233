import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { integerRange } from '../../contract/index.js';
import {
  createConnection,
  listAll,
  liveCount,
  reserveConnections,
} from '../../harness/checks/connections.js';
import { require } from '../../harness/checks/errors.js';

// Pages through the whole account: nobody else may create or delete meanwhile.
reserveConnections('account');

/** Connections made for paging: enough for several pages, few enough for a shared quota of 10. */
const OWN = 4;

const MAX_RESULTS = integerRange('MaxResults').maximum;

/**
 * The page sizes to page through `total` listed connections with: every one from 1 past the total
 * when the list is short; when a target lists hundreds (deleted ones, say), the small sizes, the
 * ones around the total and the largest. Always within the model's 1..max.
 */
function pageSizes(total: number, max: number): number[] {
  const sizes =
    total < 20 ? Array.from({ length: total + 1 }, (_, i) => i + 1) : [1, 2, 3, 4, 5, 7];
  sizes.push(total - 1, total, total + 1, max);
  return [...new Set(sizes)].filter((m) => m >= 1 && m <= max).sort((a, b) => a - b);
}

check(
  ['LIST-PAGINATION-COMPLETE'],
  'following NextToken visits every connection exactly once, for every MaxResults',
  async () => {
    const mine = [];
    for (let i = 0; i < OWN; i += 1) mine.push(await createConnection());
    // Other connections on the target (a live account's, another run's) are paged through too.
    const total = (await listAll({})).flat().length;
    for (const max of pageSizes(total, MAX_RESULTS)) {
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
  // Three listed make a page of 2 too small; what the target holds already counts.
  for (let i = await liveCount(); i < 3; i += 1) await createConnection();
  for (const max of [1, 2]) {
    const out = await client.send(new ListConnectionsCommand({ MaxResults: max }));
    const size = out.ConnectionSummaryList?.length ?? 0;
    require(size <= max, 'LIST-PAGE-SIZE', `MaxResults ${max} gave a page of ${size}`);
  }
});
