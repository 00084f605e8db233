// The emulator's controls (handshakes, faults, reset) as an application's tests use them: through
// the library (startEmulator().control) and the HTTP control interface under /_emulator/, with the
// real @aws-sdk/client-apprunner on the other side, over HTTP and in-process, and from the
// command's --fault flag. Faults are checked by what the SDK's retry strategy makes of them.
import {
  AppRunnerClient,
  CreateConnectionCommand,
  DeleteConnectionCommand,
  InternalServiceErrorException,
  InvalidStateException,
  ListConnectionsCommand,
  TagResourceCommand,
  AppRunnerServiceException,
  type ConnectionSummary,
} from '@aws-sdk/client-apprunner';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { ControlError } from './control/control.js';
import type { FaultSpec } from './control/faults.js';
import { inProcessHandler } from './sdk-adapter.js';
import type { RunningEmulator } from './start-emulator.js';
import { errorName, rawCall } from '../test-support/emulator/raw-call.js';
import { uniqueName, useEmulator, withEmulator } from '../test-support/emulator/use-emulator.js';
import { npmEmulator, until } from '../test-support/npm-emulator.js';
import { within } from '../test-support/spawn-script.js';

const CREDENTIALS = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' };

/** A client over HTTP with the SDK's standard retry strategy and `maxAttempts` attempts. */
function client(url: string, maxAttempts: number): AppRunnerClient {
  return new AppRunnerClient({
    endpoint: url,
    region: 'us-east-1',
    credentials: CREDENTIALS,
    maxAttempts,
  });
}

/** The same, answered by `emulator`'s core in this process, with no socket. */
function inProcessClient(emulator: RunningEmulator, maxAttempts: number): AppRunnerClient {
  return new AppRunnerClient({
    region: 'us-east-1',
    credentials: CREDENTIALS,
    maxAttempts,
    requestHandler: inProcessHandler(emulator.core),
  });
}

/** The rejection of `call`, which must reject. */
async function rejection(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => expect.fail('the call succeeded'),
    (error: unknown) => error,
  );
}

interface ControlAnswer {
  status: number;
  headers: Headers;
  text: string;
  json: Record<string, unknown>;
}

/** One request to the HTTP control interface: plain JSON, no signature. */
async function control(
  url: string,
  method: string,
  route: string,
  body?: unknown,
): Promise<ControlAnswer> {
  const response = await fetch(`${url}/_emulator/${route}`, {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  const text = await response.text();
  let json: Record<string, unknown> = {};
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    // Not JSON: the assertions on `text` say so.
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Each listed connection's status, by name. */
const statusesOf = (list: ConnectionSummary[] | undefined): Record<string, string | undefined> =>
  Object.fromEntries((list ?? []).map((c) => [c.ConnectionName ?? '', c.Status]));

interface Handshakes {
  complete(arn: string): Promise<unknown>;
  fail(arn: string): Promise<unknown>;
}

/**
 * Two new connections, listed (so their summaries are made) with and without a name filter; one
 * handshake completed and one failed; both listings show the new statuses; both deleted.
 */
async function handshakeScenario(sdk: AppRunnerClient, handshakes: Handshakes): Promise<void> {
  const [good, bad] = [uniqueName('good'), uniqueName('bad')];
  const arns: string[] = [];
  for (const name of [good, bad]) {
    const { Connection } = await sdk.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    expect(Connection?.Status).toBe('PENDING_HANDSHAKE');
    arns.push(Connection?.ConnectionArn ?? '');
  }
  const [goodArn = '', badArn = ''] = arns;
  const listAll = async () =>
    statusesOf((await sdk.send(new ListConnectionsCommand({}))).ConnectionSummaryList);
  const listOne = async (name: string) =>
    statusesOf(
      (await sdk.send(new ListConnectionsCommand({ ConnectionName: name }))).ConnectionSummaryList,
    );
  expect(await listAll()).toMatchObject({
    [good]: 'PENDING_HANDSHAKE',
    [bad]: 'PENDING_HANDSHAKE',
  });
  expect(await listOne(good)).toEqual({ [good]: 'PENDING_HANDSHAKE' });
  expect(await listOne(bad)).toEqual({ [bad]: 'PENDING_HANDSHAKE' });

  await handshakes.complete(goodArn);
  await handshakes.fail(badArn);
  expect(await listAll()).toMatchObject({ [good]: 'AVAILABLE', [bad]: 'ERROR' });
  expect(await listOne(good)).toEqual({ [good]: 'AVAILABLE' });
  expect(await listOne(bad)).toEqual({ [bad]: 'ERROR' });

  for (const arn of [goodArn, badArn]) {
    const deleted = await sdk.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
    expect(deleted.Connection).toMatchObject({ ConnectionArn: arn, Status: 'DELETED' });
  }
  const left = await listAll();
  expect(left).not.toHaveProperty(good);
  expect(left).not.toHaveProperty(bad);
}

describe('handshakes', () => {
  const emulator = useEmulator();

  it('completeHandshake and failHandshake change what ListConnections shows, filtered or not', async () => {
    const { control } = emulator();
    await handshakeScenario(client(emulator().url, 1), {
      complete: (arn) => {
        expect(control.completeHandshake(arn)).toMatchObject({
          ConnectionArn: arn,
          Status: 'AVAILABLE',
        });
        return Promise.resolve();
      },
      fail: (arn) => {
        expect(control.failHandshake(arn)).toMatchObject({ ConnectionArn: arn, Status: 'ERROR' });
        return Promise.resolve();
      },
    });
  });

  it('POST /_emulator/handshake does the same, AVAILABLE by default', async () => {
    const url = emulator().url;
    const post = async (arn: string, body: Record<string, unknown>, status: string) => {
      const answer = await control(url, 'POST', 'handshake', { ConnectionArn: arn, ...body });
      expect(answer.status).toBe(200);
      expect(answer.json).toEqual({
        Connection: {
          ConnectionArn: arn,
          ConnectionName: expect.any(String) as string,
          Status: status,
        },
      });
    };
    await handshakeScenario(client(url, 1), {
      complete: (arn) => post(arn, {}, 'AVAILABLE'),
      fail: (arn) => post(arn, { Status: 'ERROR' }, 'ERROR'),
    });
  });

  it('sets a connection back to PENDING_HANDSHAKE', async () => {
    const url = emulator().url;
    const name = uniqueName();
    const { Connection } = await client(url, 1).send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    const arn = Connection?.ConnectionArn ?? '';
    emulator().control.completeHandshake(arn);
    const back = await control(url, 'POST', 'handshake', {
      ConnectionArn: arn,
      Status: 'PENDING_HANDSHAKE',
    });
    expect(back.json).toMatchObject({ Connection: { Status: 'PENDING_HANDSHAKE' } });
    const listed = await client(url, 1).send(new ListConnectionsCommand({ ConnectionName: name }));
    expect(statusesOf(listed.ConnectionSummaryList)).toEqual({ [name]: 'PENDING_HANDSHAKE' });
  });

  it('answers an unknown or deleted ARN with 404 and a bad Status with 400, each with a message', async () => {
    const url = emulator().url;
    const unknown = 'arn:aws:apprunner:us-east-1:000000000000:connection/nope/' + '0'.repeat(32);
    const notFound = await control(url, 'POST', 'handshake', { ConnectionArn: unknown });
    expect(notFound.status).toBe(404);
    expect(notFound.json.message).toMatch(/no live connection has the ARN .*connection\/nope\//);

    const name = uniqueName();
    const sdk = client(url, 1);
    const { Connection } = await sdk.send(
      new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
    );
    const arn = Connection?.ConnectionArn ?? '';
    const badStatus = await control(url, 'POST', 'handshake', {
      ConnectionArn: arn,
      Status: 'DELETED',
    });
    expect(badStatus.status).toBe(400);
    expect(badStatus.json.message).toMatch(
      /Status must be one of AVAILABLE, ERROR, PENDING_HANDSHAKE.*DELETED/,
    );
    const noArn = await control(url, 'POST', 'handshake', { Status: 'AVAILABLE' });
    expect(noArn.status).toBe(400);
    expect(noArn.json.message).toMatch(/ConnectionArn/);
    const notJson = await control(url, 'POST', 'handshake', '{not json');
    expect(notJson.status).toBe(400);
    expect(notJson.json.message).toMatch(/JSON object/);
    // None of the refused requests changed the connection.
    const listed = await sdk.send(new ListConnectionsCommand({ ConnectionName: name }));
    expect(statusesOf(listed.ConnectionSummaryList)).toEqual({ [name]: 'PENDING_HANDSHAKE' });

    await sdk.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
    expect((await control(url, 'POST', 'handshake', { ConnectionArn: arn })).status).toBe(404);
    // The library throws what the interface answers.
    expect(() => emulator().control.completeHandshake(arn)).toThrow(
      expect.objectContaining({ status: 404 }),
    );
    expect(() => emulator().control.setStatus(arn, 'DELETED')).toThrow(ControlError);
  });
});

describe('faults through the SDK over HTTP', () => {
  const emulator = useEmulator({ connectionQuota: 1000 });
  afterEach(() => emulator().control.reset());
  const inject = (spec: FaultSpec) => emulator().control.injectFault(spec);
  const create = (sdk: AppRunnerClient, name = uniqueName()) =>
    sdk.send(new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }));

  it('one InternalServiceErrorException is retried: attempts 2 of 3, and the call succeeds', async () => {
    inject({ operation: 'CreateConnection', kind: 'error' });
    const name = uniqueName();
    const created = await create(client(emulator().url, 3), name);
    expect(created.Connection).toMatchObject({ ConnectionName: name, Status: 'PENDING_HANDSHAKE' });
    expect(created.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
    expect(emulator().control.listFaults()).toEqual([]);
    // The faulted attempt made no connection: the name was free for the retry, and only one exists.
    const listed = await client(emulator().url, 1).send(new ListConnectionsCommand({}));
    expect(listed.ConnectionSummaryList?.map((c) => c.ConnectionName)).toEqual([name]);
  });

  it('three InternalServiceErrorExceptions exhaust 3 attempts: the SDK class, HTTP 500', async () => {
    inject({ operation: 'CreateConnection', kind: 'error', count: 3 });
    const error = await rejection(create(client(emulator().url, 3)));
    expect(error).toBeInstanceOf(InternalServiceErrorException);
    expect((error as InternalServiceErrorException).$metadata).toMatchObject({
      httpStatusCode: 500,
      attempts: 3,
    });
    expect(emulator().control.listFaults()).toEqual([]);
    // The next call is answered as usual.
    expect((await create(client(emulator().url, 1))).$metadata.httpStatusCode).toBe(200);
  });

  it('an InvalidStateException on TagResource is the SDK class, 400, and not retried', async () => {
    const { Connection } = await create(client(emulator().url, 1));
    inject({ operation: 'TagResource', kind: 'error', error: 'InvalidStateException' });
    const error = await rejection(
      client(emulator().url, 3).send(
        new TagResourceCommand({
          ResourceArn: Connection?.ConnectionArn,
          Tags: [{ Key: 'team', Value: 'a' }],
        }),
      ),
    );
    expect(error).toBeInstanceOf(InvalidStateException);
    expect((error as InvalidStateException).$metadata).toMatchObject({
      httpStatusCode: 400,
      attempts: 1,
    });
  });

  it('throttling is a 400 ThrottlingException the SDK backs off on and retries', async () => {
    inject({ operation: 'ListConnections', kind: 'throttling' });
    const raw = await rawCall(emulator().url, 'ListConnections', {});
    expect(raw.status).toBe(400);
    expect(errorName(raw)).toBe('ThrottlingException');

    inject({ operation: 'ListConnections', kind: 'throttling' });
    const error = await rejection(client(emulator().url, 1).send(new ListConnectionsCommand({})));
    // Not an App Runner modeled error: the SDK's generic service exception, named by __type.
    expect(error).toBeInstanceOf(AppRunnerServiceException);
    expect(error).toMatchObject({
      name: 'ThrottlingException',
      $metadata: { httpStatusCode: 400 },
    });

    inject({ operation: 'ListConnections', kind: 'throttling' });
    const listed = await client(emulator().url, 3).send(new ListConnectionsCommand({}));
    expect(listed.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
    expect(listed.$metadata.totalRetryDelay).toBeGreaterThan(0);
  });

  it('a 300 ms delay holds the answer at least that long, then answers as usual', async () => {
    const name = uniqueName();
    inject({ operation: 'CreateConnection', kind: 'delay', delayMs: 300 });
    const started = performance.now();
    const created = await create(client(emulator().url, 1), name);
    const took = performance.now() - started;
    expect(took).toBeGreaterThanOrEqual(295);
    expect(took).toBeLessThan(5_000);
    expect(created.Connection).toMatchObject({ ConnectionName: name, Status: 'PENDING_HANDSHAKE' });
    expect(created.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 1 });
  });

  it('a drop is a network error without a status at 1 attempt, and retried at 2', async () => {
    inject({ operation: 'ListConnections', kind: 'drop' });
    const error = await rejection(client(emulator().url, 1).send(new ListConnectionsCommand({})));
    expect(error).toBeInstanceOf(Error);
    expect(error).toMatchObject({ code: 'ECONNRESET' });
    expect((error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode).toBe(
      undefined,
    );

    inject({ operation: 'ListConnections', kind: 'drop' });
    const listed = await client(emulator().url, 2).send(new ListConnectionsCommand({}));
    expect(listed.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
    // The server kept serving after the dropped socket.
    expect((await rawCall(emulator().url, 'ListConnections', {})).status).toBe(200);
  });

  it('a match takes only the calls whose input has those values', async () => {
    const [target, other] = [uniqueName('target'), uniqueName('other')];
    inject({ operation: 'CreateConnection', kind: 'error', match: { ConnectionName: target } });
    const sdk = client(emulator().url, 1);
    expect((await create(sdk, other)).Connection?.ConnectionName).toBe(other);
    expect(emulator().control.listFaults()).toMatchObject([{ taken: 0 }]);
    const error = await rejection(create(sdk, target));
    expect(error).toBeInstanceOf(InternalServiceErrorException);
    expect(emulator().control.listFaults()).toEqual([]);
    expect((await create(sdk, target)).Connection?.ConnectionName).toBe(target);
  });
});

describe('fractions', () => {
  const CALLS = 40;

  /** Which of CALLS ListConnections calls a 0.5 fault takes on a fresh emulator, by index. */
  async function takenCalls(): Promise<{ indexes: number[]; taken: number | undefined }> {
    return withEmulator({}, async (emulator) => {
      emulator.control.injectFault({ operation: 'ListConnections', kind: 'error', fraction: 0.5 });
      const indexes: number[] = [];
      for (let i = 0; i < CALLS; i++) {
        const answer = await rawCall(emulator.url, 'ListConnections', {});
        if (answer.status === 500) {
          expect(errorName(answer)).toBe('InternalServiceErrorException');
          indexes.push(i);
        } else expect(answer.status).toBe(200);
      }
      // A fraction stays until cleared, counting what it took.
      return { indexes, taken: emulator.control.listFaults()[0]?.taken };
    });
  }

  it('0.5 takes about half of 40 calls, the same ones on another fresh emulator', async () => {
    const first = await takenCalls();
    expect(first.indexes.length).toBeGreaterThanOrEqual(10);
    expect(first.indexes.length).toBeLessThanOrEqual(30);
    expect(first.taken).toBe(first.indexes.length);
    const second = await takenCalls();
    expect(second.indexes).toEqual(first.indexes);
  });
});

describe('the HTTP control interface', () => {
  const emulator = useEmulator();
  afterEach(() => emulator().control.reset());

  it('GET /_emulator/ names the interface and its routes', async () => {
    const answer = await control(emulator().url, 'GET', '');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toMatch(/application\/json/);
    expect(answer.json).toMatchObject({ control: 'apprunner-connection-emulator', version: 1 });
    expect(answer.json.routes).toEqual(
      expect.arrayContaining(['/_emulator/handshake', '/_emulator/faults', '/_emulator/reset']),
    );
  });

  it('lists scheduled faults with what they took, and DELETE clears them', async () => {
    const url = emulator().url;
    const posted = await control(url, 'POST', 'faults', {
      operation: 'ListConnections',
      kind: 'error',
      count: 2,
    });
    expect(posted.status).toBe(200);
    expect(posted.json.fault).toEqual({
      id: expect.any(Number) as number,
      operation: 'ListConnections',
      kind: 'error',
      error: 'InternalServiceErrorException',
      count: 2,
      taken: 0,
    });
    await control(url, 'POST', 'faults', { operation: '*', kind: 'delay', delayMs: 1, count: 5 });
    expect((await rawCall(url, 'ListConnections', {})).status).toBe(500);
    const listed = await control(url, 'GET', 'faults');
    expect(listed.status).toBe(200);
    // The first fault matching a call takes it; the second saw nothing yet.
    expect(listed.json.faults).toMatchObject([
      { operation: 'ListConnections', count: 2, taken: 1 },
      { operation: '*', kind: 'delay', count: 5, taken: 0 },
    ]);
    const cleared = await control(url, 'DELETE', 'faults');
    expect(cleared.status).toBe(200);
    expect((await control(url, 'GET', 'faults')).json).toEqual({ faults: [] });
    expect((await rawCall(url, 'ListConnections', {})).status).toBe(200);
  });

  it('POST /_emulator/reset clears faults and connections', async () => {
    const url = emulator().url;
    const sdk = client(url, 1);
    await sdk.send(
      new CreateConnectionCommand({ ConnectionName: uniqueName(), ProviderType: 'GITHUB' }),
    );
    await control(url, 'POST', 'faults', { operation: 'CreateConnection', kind: 'error' });
    const reset = await control(url, 'POST', 'reset');
    expect(reset.status).toBe(200);
    expect((await control(url, 'GET', 'faults')).json).toEqual({ faults: [] });
    expect((await sdk.send(new ListConnectionsCommand({}))).ConnectionSummaryList).toEqual([]);
    // The fault is gone: a create succeeds at the first attempt.
    const created = await sdk.send(
      new CreateConnectionCommand({ ConnectionName: uniqueName(), ProviderType: 'GITHUB' }),
    );
    expect(created.$metadata.attempts).toBe(1);
  });

  it.each([
    [
      'an unknown operation',
      { operation: 'DescribeConnection', kind: 'error' },
      /fault operation must be .*got "DescribeConnection"/,
    ],
    [
      'an unknown member',
      { operation: 'ListConnections', kind: 'error', times: 2 },
      /a fault has no member "times"/,
    ],
    [
      'count and fraction together',
      { operation: 'ListConnections', kind: 'error', count: 1, fraction: 0.5 },
      /count or fraction, not both/,
    ],
    [
      'an error the operation does not model',
      { operation: 'ListConnections', kind: 'error', error: 'ServiceQuotaExceededException' },
      /modeled error of ListConnections.*got "ServiceQuotaExceededException"/,
    ],
    ['an unknown kind', { operation: 'ListConnections', kind: 'crash' }, /fault kind .*"crash"/],
    ['a body that is not JSON', '{"operation":', /JSON object/],
  ])('refuses a fault with %s: 400 and one line naming it', async (_what, spec, message) => {
    const url = emulator().url;
    const answer = await control(url, 'POST', 'faults', spec);
    expect(answer.status).toBe(400);
    const text = answer.json.message;
    expect(text).toMatch(message);
    expect(String(text)).not.toMatch(/\n/);
    expect((await control(url, 'GET', 'faults')).json).toEqual({ faults: [] });
  });

  it('answers an unknown route 404 and a wrong method 405 with Allow', async () => {
    const url = emulator().url;
    const unknown = await control(url, 'GET', 'nothing-here');
    expect(unknown.status).toBe(404);
    expect(unknown.json.message).toMatch(/no control route \/_emulator\/nothing-here/);
    for (const [method, route, allow] of [
      ['GET', 'handshake', 'POST'],
      ['PUT', 'faults', 'GET, POST, DELETE'],
      ['GET', 'reset', 'POST'],
      ['DELETE', '', 'GET'],
    ] as const) {
      const answer = await control(url, method, route);
      expect(answer.status, `${method} /_emulator/${route}`).toBe(405);
      expect(answer.headers.get('allow')).toBe(allow);
      expect(answer.json.message).toMatch(/takes/);
    }
  });
});

describe('with control: false', () => {
  it('answers /_emulator/ as any other path off the protocol, and still applies option faults', async () => {
    await withEmulator(
      { control: false, faults: [{ operation: 'ListConnections', kind: 'error' }] },
      async (emulator) => {
        for (const method of ['GET', 'POST']) {
          const off = await rawCall(
            emulator.url,
            'ListConnections',
            {},
            {
              method,
              path: '/_emulator/reset',
            },
          );
          const elsewhere = await rawCall(
            emulator.url,
            'ListConnections',
            {},
            {
              method,
              path: '/elsewhere',
            },
          );
          expect(off.status, method).toBe(elsewhere.status);
          expect(errorName(off)).toBe('UnknownOperationException');
          expect(errorName(off)).toBe(errorName(elsewhere));
        }
        expect(
          (await rawCall(emulator.url, 'ListConnections', {}, { path: '/_emulator/faults' }))
            .status,
        ).toBe(404);
        const capabilities = await control(emulator.url, 'GET', '');
        expect(capabilities.json).not.toHaveProperty('control');
        // The fault given as an option is scheduled all the same.
        const first = await rawCall(emulator.url, 'ListConnections', {});
        expect(first.status).toBe(500);
        expect(errorName(first)).toBe('InternalServiceErrorException');
        expect((await rawCall(emulator.url, 'ListConnections', {})).status).toBe(200);
      },
    );
  });
});

describe('controls in-process, through inProcessHandler', () => {
  const emulator = useEmulator();
  afterEach(() => emulator().control.reset());

  it('handshakes change the listing the in-process client sees', async () => {
    const { control } = emulator();
    await handshakeScenario(inProcessClient(emulator(), 1), {
      complete: (arn) => Promise.resolve(control.completeHandshake(arn)),
      fail: (arn) => Promise.resolve(control.failHandshake(arn)),
    });
  });

  it('one injected 500 is retried, and so is a drop', async () => {
    const { control } = emulator();
    control.injectFault({ operation: 'ListConnections', kind: 'error' });
    const listed = await inProcessClient(emulator(), 3).send(new ListConnectionsCommand({}));
    expect(listed.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });

    control.injectFault({ operation: 'ListConnections', kind: 'error' });
    const error = await rejection(
      inProcessClient(emulator(), 1).send(new ListConnectionsCommand({})),
    );
    expect(error).toBeInstanceOf(InternalServiceErrorException);
    expect((error as InternalServiceErrorException).$metadata.httpStatusCode).toBe(500);

    control.injectFault({ operation: 'ListConnections', kind: 'drop' });
    const dropped = await rejection(
      inProcessClient(emulator(), 1).send(new ListConnectionsCommand({})),
    );
    expect(dropped).toMatchObject({ code: 'ECONNRESET' });

    control.injectFault({ operation: 'ListConnections', kind: 'drop' });
    const retried = await inProcessClient(emulator(), 2).send(new ListConnectionsCommand({}));
    expect(retried.$metadata).toMatchObject({ httpStatusCode: 200, attempts: 2 });
  });
});

describe('npm run emulator --fault and --auto-handshake', () => {
  it('schedules the fault from the start: the first ListConnections is a 500, the second a 200', async () => {
    const run = npmEmulator(['--port', '0', '--fault', 'ListConnections:error:count=1']);
    try {
      expect(
        await until(() => /listening http:\/\/127\.0\.0\.1:\d+\n/.test(run.out()), 30_000),
      ).toBe(true);
      const url = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(run.out())?.[1] ?? '';
      const first = await rawCall(url, 'ListConnections', {});
      expect(first.status).toBe(500);
      expect(errorName(first)).toBe('InternalServiceErrorException');
      const second = await rawCall(url, 'ListConnections', {});
      expect(second.status).toBe(200);
      expect(second.json).toEqual({ ConnectionSummaryList: [] });
      run.npm.kill('SIGTERM');
      await within(run.exited, 10_000, 'npm exit');
    } finally {
      run.killGroup();
    }
  }, 60_000);

  it('--auto-handshake makes every new connection AVAILABLE after the delay', async () => {
    const run = npmEmulator(['--port', '0', '--auto-handshake', 'available:100']);
    try {
      expect(
        await until(() => /listening http:\/\/127\.0\.0\.1:\d+\n/.test(run.out()), 30_000),
      ).toBe(true);
      const url = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(run.out())?.[1] ?? '';
      const created = await rawCall(url, 'CreateConnection', {
        ConnectionName: 'auto-flag',
        ProviderType: 'GITHUB',
      });
      expect((created.json?.Connection as { Status?: string }).Status).toBe('PENDING_HANDSHAKE');
      const status = async () =>
        (
          (await rawCall(url, 'ListConnections', {})).json?.ConnectionSummaryList as {
            Status?: string;
          }[]
        )[0]?.Status;
      let seen = await status();
      const deadline = Date.now() + 5_000;
      while (seen !== 'AVAILABLE' && Date.now() < deadline) seen = await status();
      expect(seen).toBe('AVAILABLE');
      run.npm.kill('SIGTERM');
      await within(run.exited, 10_000, 'npm exit');
    } finally {
      run.killGroup();
    }
  }, 60_000);

  it.each([
    ['--auto-handshake', 'READY', /auto handshake status must be AVAILABLE or ERROR, got "READY"/],
    [
      '--auto-handshake',
      'AVAILABLE:soon',
      /--auto-handshake AVAILABLE:soon: expected STATUS\[:MS\]/,
    ],
  ])(
    'refuses %s %s: exit 2, one line, no stack',
    async (flag, value, message) => {
      const run = npmEmulator(['--port', '0', flag, value]);
      try {
        expect(await within(run.exited, 30_000, 'npm exit')).toBe(2);
        expect(run.err()).toMatch(message);
        expect(run.err().trim().split('\n')).toHaveLength(1);
      } finally {
        run.killGroup();
      }
    },
    60_000,
  );

  it.each([
    ['Nope:error', /fault operation must be .*"Nope"/],
    ['ListConnections:error=ServiceQuotaExceededException', /modeled error of ListConnections/],
    ['CreateConnection:error:count=2:fraction=0.5', /count or fraction, not both/],
    ['CreateConnection', /--fault CreateConnection: expected OPERATION:KIND/],
  ])(
    'refuses --fault %s: exit 2, one line, no stack',
    async (flag, message) => {
      const run = npmEmulator(['--port', '0', '--fault', flag]);
      try {
        expect(await within(run.exited, 30_000, 'npm exit')).toBe(2);
        expect(run.err()).toMatch(message);
        expect(run.err().trim().split('\n')).toHaveLength(1);
        expect(run.err()).not.toMatch(/\n\s+at /);
        expect(run.out()).not.toMatch(/listening/);
      } finally {
        run.killGroup();
      }
    },
    60_000,
  );
});

describe('the autoHandshake option', () => {
  it('completes or fails each new connection after its delay, answering it pending first', async () => {
    for (const status of ['AVAILABLE', 'ERROR'] as const) {
      await withEmulator({ autoHandshake: { status, afterMs: 150 } }, async (emulator) => {
        const sdk = client(emulator.url, 1);
        const created = await sdk.send(
          new CreateConnectionCommand({ ConnectionName: uniqueName(), ProviderType: 'GITHUB' }),
        );
        expect(created.Connection?.Status).toBe('PENDING_HANDSHAKE');
        const listed = async () =>
          (await sdk.send(new ListConnectionsCommand({}))).ConnectionSummaryList?.[0]?.Status;
        expect(await listed()).toBe('PENDING_HANDSHAKE');
        await new Promise((r) => setTimeout(r, 400));
        expect(await listed()).toBe(status);
      });
    }
  });

  it('leaves a connection deleted before its handshake deleted', async () => {
    await withEmulator(
      { autoHandshake: { status: 'AVAILABLE', afterMs: 100 } },
      async (emulator) => {
        const sdk = client(emulator.url, 1);
        const name = uniqueName();
        const created = await sdk.send(
          new CreateConnectionCommand({ ConnectionName: name, ProviderType: 'GITHUB' }),
        );
        await sdk.send(
          new DeleteConnectionCommand({ ConnectionArn: created.Connection?.ConnectionArn }),
        );
        await new Promise((r) => setTimeout(r, 300));
        const listed = await sdk.send(new ListConnectionsCommand({ ConnectionName: name }));
        expect(listed.ConnectionSummaryList).toEqual([]);
      },
    );
  });
});
