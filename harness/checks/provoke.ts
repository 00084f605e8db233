// A small scenario that makes every operation answer once with success and once with each
// modeled client error it can be driven to on any target (InvalidRequestException,
// ResourceNotFoundException). The wire checks read its exchanges.
import {
  DeleteConnectionCommand,
  ListConnectionsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import type { Exchange } from '../exchange-log.js';
import { unknownConnectionArn } from './arns.js';
import { createConnection, deleteConnection, sendCreate } from './connections.js';
import { failureOf } from './errors.js';
import { runContext } from '../run-context.js';

export interface ProvokedError {
  operation: string;
  /** The error the scenario drove the operation to. */
  expected: 'InvalidRequestException' | 'ResourceNotFoundException';
  exchange: Exchange;
}

export interface Scenario {
  successes: Exchange[];
  errors: ProvokedError[];
  /** Errors whose name the contract leaves open (duplicates, reused tokens): only modeled-ness is checked. */
  otherErrors: Exchange[];
  /**
   * Calls meant to fail that the target answered with a success: no error convention can be read
   * from them, so the wire checks leave them to the behavioural checks that own the case
   * (CONN-INVALID-REJECTED, DELETE-UNKNOWN-ARN, TAG-UNKNOWN-ARN, ...).
   */
  unprovoked: ProvokedError[];
}

export async function provoke(): Promise<Scenario> {
  const { client, log } = runContext();
  const successes: Exchange[] = [];
  const errors: ProvokedError[] = [];
  const unprovoked: ProvokedError[] = [];
  // A success the SDK cannot parse is still on the wire: keep the exchange for the wire checks
  // and go on, so one malformed answer does not hide how the other operations behave.
  const ok = async (call: () => Promise<unknown>): Promise<void> => {
    const mark = log.mark();
    const failure = await call().then(
      () => undefined,
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
    const logged = log.since(mark);
    if (failure && logged.every((e) => e.response.status >= 300)) throw failure;
    successes.push(...logged.filter((e) => e.response.status < 300));
  };
  const fail = async (
    operation: string,
    expected: ProvokedError['expected'],
    call: () => Promise<unknown>,
  ): Promise<void> => {
    const mark = log.mark();
    await failureOf(call());
    const exchange = log.since(mark).at(-1);
    if (exchange)
      (exchange.response.status >= 300 ? errors : unprovoked).push({
        operation,
        expected,
        exchange,
      });
  };

  const c = await createConnection({ Tags: [{ Key: 'k', Value: 'v' }] });
  successes.push(...log.entries.slice(-1));
  const arn = c.ConnectionArn;
  await ok(() => client.send(new ListConnectionsCommand({ ConnectionName: c.ConnectionName })));
  await ok(() =>
    client.send(new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k2', Value: 'v2' }] })),
  );
  await ok(() => client.send(new UntagResourceCommand({ ResourceArn: arn, TagKeys: ['k2'] })));
  await ok(() => client.send(new ListTagsForResourceCommand({ ResourceArn: arn })));
  await ok(() => deleteConnection(arn ?? ''));

  const bad = 'not-an-arn';
  const gone = await unknownConnectionArn();
  await fail('CreateConnection', 'InvalidRequestException', () =>
    sendCreate({ ConnectionName: '!', ProviderType: 'GITHUB' }),
  );
  await fail('ListConnections', 'InvalidRequestException', () =>
    client.send(new ListConnectionsCommand({ MaxResults: 0 })),
  );
  await fail('DeleteConnection', 'InvalidRequestException', () =>
    client.send(new DeleteConnectionCommand({ ConnectionArn: bad })),
  );
  await fail('TagResource', 'InvalidRequestException', () =>
    client.send(new TagResourceCommand({ ResourceArn: bad, Tags: [{ Key: 'k', Value: 'v' }] })),
  );
  await fail('UntagResource', 'InvalidRequestException', () =>
    client.send(new UntagResourceCommand({ ResourceArn: bad, TagKeys: ['k'] })),
  );
  await fail('ListTagsForResource', 'InvalidRequestException', () =>
    client.send(new ListTagsForResourceCommand({ ResourceArn: bad })),
  );
  await fail('DeleteConnection', 'ResourceNotFoundException', () =>
    client.send(new DeleteConnectionCommand({ ConnectionArn: gone })),
  );
  await fail('TagResource', 'ResourceNotFoundException', () =>
    client.send(new TagResourceCommand({ ResourceArn: gone, Tags: [{ Key: 'k', Value: 'v' }] })),
  );
  await fail('UntagResource', 'ResourceNotFoundException', () =>
    client.send(new UntagResourceCommand({ ResourceArn: gone, TagKeys: ['k'] })),
  );
  await fail('ListTagsForResource', 'ResourceNotFoundException', () =>
    client.send(new ListTagsForResourceCommand({ ResourceArn: gone })),
  );
  const otherErrors: Exchange[] = [];
  const other = async (call: () => Promise<unknown>): Promise<void> => {
    const mark = log.mark();
    await failureOf(call());
    otherErrors.push(...log.since(mark).filter((e) => e.response.status >= 300));
  };
  const a = await createConnection();
  const b = await createConnection();
  try {
    await other(() => createConnection({ ConnectionName: a.ConnectionName }));
    // A page the SDK cannot parse still leaves the token tests something to send.
    const page = await client
      .send(new ListConnectionsCommand({ MaxResults: 1 }))
      .catch(() => undefined);
    await other(() =>
      client.send(new ListConnectionsCommand({ MaxResults: 2, NextToken: page?.NextToken ?? 'x' })),
    );
    await other(() =>
      client.send(new ListConnectionsCommand({ MaxResults: 1, NextToken: 'forged-token' })),
    );
  } finally {
    // Checks call the scenario several times: it must not hold connections (a quota of 10).
    for (const c of [a, b]) await failureOf(deleteConnection(c.ConnectionArn ?? ''));
  }
  return { successes, errors, otherErrors, unprovoked };
}
