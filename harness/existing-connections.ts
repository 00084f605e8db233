// How many connections of the account count against its quota before a run starts: what the
// create lease broker can share out among the run's files is the quota less these.
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { createClient } from './client.js';
import type { TargetConfig } from './target-config.js';

export async function existingConnections(target: TargetConfig): Promise<number> {
  const { client } = createClient(target);
  try {
    let count = 0;
    let NextToken: string | undefined;
    do {
      const out = await client.send(new ListConnectionsCommand({ NextToken }));
      // A deleted connection no longer counts against the quota, wherever it is still listed.
      count += (out.ConnectionSummaryList ?? []).filter((c) => c.Status !== 'DELETED').length;
      NextToken = out.NextToken;
    } while (NextToken);
    return count;
  } finally {
    client.destroy();
  }
}
