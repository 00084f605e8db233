// What a NextToken the target never issued gets is not documented (LIST-TOKEN-FORGED): this
// records the answer to three such tokens. A refusal must still be a modeled error; the wire
// checks (WIRE-ERROR-MODELED) read the same case from their scenario.
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { observe } from '../../harness/checks/check.js';
import { createConnection } from '../../harness/checks/connections.js';
import { failureOf } from '../../harness/checks/errors.js';

observe(
  'LIST-TOKEN-FORGED',
  'what a NextToken the service did not issue answers',
  async ({ client }) => {
    await createConnection();
    await createConnection();
    const page = await client.send(new ListConnectionsCommand({ MaxResults: 1 }));
    const genuine = page.NextToken ?? 'token';
    // Well-formed for the model (1..1024 characters), but never issued: altered, or made up.
    const forged = {
      altered: `${genuine.slice(0, -1)}${genuine.endsWith('A') ? 'B' : 'A'}`,
      'made up': 'forged-token',
      'base64 of {}': 'e30=',
    };
    const answers: Record<string, unknown> = {};
    for (const [kind, token] of Object.entries(forged)) {
      const call = client.send(new ListConnectionsCommand({ MaxResults: 1, NextToken: token }));
      const failure = await failureOf(call);
      answers[kind] = failure
        ? { error: failure.name, status: failure.status }
        : { listed: (await call).ConnectionSummaryList?.length ?? 0 };
    }
    return answers;
  },
);
