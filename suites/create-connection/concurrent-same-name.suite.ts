import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check } from '../../harness/checks/check.js';
import { reserveConnections, sendCreate } from '../../harness/checks/connections.js';
import { failureOf, require } from '../../harness/checks/errors.js';
import { uniqueName } from '../../harness/checks/names.js';

reserveConnections(5);

/** Few enough to stay well inside a default quota of 10 even on a shared account. */
const CONCURRENT_CALLS = 5;

check(
  ['CONN-NAME-UNIQUE-CONCURRENT'],
  'concurrent creates of one name leave exactly one connection',
  async ({ client }) => {
    const name = uniqueName();
    const calls = Array.from({ length: CONCURRENT_CALLS }, () =>
      sendCreate({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    const failures = await Promise.all(calls.map((c) => failureOf(c)));
    const successes = failures.filter((f) => f === undefined).length;
    require(successes ===
      1, 'CONN-NAME-UNIQUE-CONCURRENT', `${successes} of ${CONCURRENT_CALLS} concurrent creates succeeded`);
    const listed = await client.send(new ListConnectionsCommand({ ConnectionName: name }));
    const count = (listed.ConnectionSummaryList ?? []).filter(
      (c) => c.ConnectionName === name,
    ).length;
    require(count ===
      1, 'CONN-NAME-UNIQUE-CONCURRENT', `${count} connections named ${name} are listed`);
  },
);
