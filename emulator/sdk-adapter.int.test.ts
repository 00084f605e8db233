// The in-process handler answers an SDK client as the same emulator answers it over HTTP: the
// same connections, statuses, error bodies and headers (bar the ones only a socket adds), and the
// same refusal of an oversized body.
import {
  AppRunnerClient,
  CreateConnectionCommand,
  DeleteConnectionCommand,
  InvalidRequestException,
  ListConnectionsCommand,
  ListTagsForResourceCommand,
  ResourceNotFoundException,
  TagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { HttpRequest } from '@smithy/core/transport';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { describe, expect, it } from 'vitest';
import { inProcessHandler } from './sdk-adapter.js';
// The harness's reader of an SDK response body, bytes (in process) or a stream (node:http).
import { readBody } from '../harness/exchange-log.js';
import { sdkClient } from '../test-support/emulator/sdk-client.js';
import { defaultHeaders } from '../test-support/emulator/raw-call.js';
import { uniqueName, useEmulator } from '../test-support/emulator/use-emulator.js';

const inProcessClient = (handler: ReturnType<typeof inProcessHandler>) =>
  new AppRunnerClient({
    region: 'eu-west-1',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1,
    requestHandler: handler,
  });

/** Headers node:http adds to every answer and the in-process handler has no reason to. */
const SOCKET_ONLY = new Set(['date', 'connection', 'keep-alive']);

describe('the in-process handler', () => {
  const emulator = useEmulator({
    connectionQuota: 1000,
    accountId: '123456789012',
    maxBodyBytes: 4096,
  });

  it('reaches the same connections as HTTP does', async () => {
    const local = inProcessClient(inProcessHandler(emulator().core));
    const remote = sdkClient(emulator().url, 'eu-west-1');
    const name = uniqueName();
    const { Connection } = await local.send(
      new CreateConnectionCommand({
        ConnectionName: name,
        ProviderType: 'GITHUB',
        Tags: [{ Key: 'k', Value: 'v' }],
      }),
    );
    expect(Connection?.ConnectionArn).toMatch(
      /^arn:aws:apprunner:eu-west-1:123456789012:connection\//,
    );
    const arn = Connection?.ConnectionArn ?? '';
    const listed = await remote.send(new ListConnectionsCommand({ ConnectionName: name }));
    expect(listed.ConnectionSummaryList?.map((c) => c.ConnectionArn)).toEqual([arn]);
    await remote.send(
      new TagResourceCommand({ ResourceArn: arn, Tags: [{ Key: 'k2', Value: 'v2' }] }),
    );
    const tags = await local.send(new ListTagsForResourceCommand({ ResourceArn: arn }));
    expect(tags.Tags).toEqual([
      { Key: 'k', Value: 'v' },
      { Key: 'k2', Value: 'v2' },
    ]);
    await local.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
    await expect(remote.send(new DeleteConnectionCommand({ ConnectionArn: arn }))).rejects.toThrow(
      ResourceNotFoundException,
    );
  });

  it('gives the SDK the modeled errors, with their messages and request ids', async () => {
    const local = inProcessClient(inProcessHandler(emulator().core));
    const error = await local
      .send(new CreateConnectionCommand({ ConnectionName: 'x', ProviderType: 'GITLAB' as never }))
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InvalidRequestException);
    expect((error as InvalidRequestException).message).toMatch(/\S/);
    expect((error as InvalidRequestException).$metadata.httpStatusCode).toBe(400);
    expect((error as InvalidRequestException).$metadata.requestId).toMatch(/\S/);
  });

  // Raw requests the SDK would not send: the answers must match the HTTP ones member for member.
  const cases: { what: string; method?: string; path?: string; target?: string; body: string }[] = [
    { what: 'a valid listing', target: 'ListConnections', body: '{}' },
    { what: 'a query string', path: '/?a=1&b=two', target: 'ListConnections', body: '{}' },
    { what: 'a body that is not JSON', target: 'ListConnections', body: '{' },
    { what: 'an unknown operation', target: 'DescribeConnection', body: '{}' },
    { what: 'a GET', method: 'GET', target: 'ListConnections', body: '' },
    { what: 'a wrong member type', target: 'ListConnections', body: '{"MaxResults":"ten"}' },
    {
      what: 'a body over the limit',
      target: 'ListConnections',
      body: `{"x":"${'a'.repeat(5000)}"}`,
    },
  ];

  it.each(cases)('answers $what as HTTP does', async ({ method, path, target, body }) => {
    const url = new URL(emulator().url);
    const request = () =>
      new HttpRequest({
        method: method ?? 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        port: Number(url.port),
        path: (path ?? '/').split('?')[0],
        query: Object.fromEntries(new URLSearchParams((path ?? '').split('?')[1] ?? '')),
        headers: Object.fromEntries(
          Object.entries(defaultHeaders(target ?? 'ListConnections')).map(([k, v]) => [
            k.toLowerCase(),
            v,
          ]),
        ),
        ...(method !== 'GET' && { body }),
      });
    const over = await new NodeHttpHandler().handle(request());
    const within = await inProcessHandler(emulator().core).handle(request());
    expect(within.response.statusCode).toBe(over.response.statusCode);
    expect((await readBody(within.response.body)).toString('utf8')).toBe(
      (await readBody(over.response.body)).toString('utf8'),
    );
    const names = (h: Record<string, string>) =>
      Object.keys(h)
        .map((k) => k.toLowerCase())
        .filter((k) => !SOCKET_ONLY.has(k))
        .sort();
    expect(names(within.response.headers)).toEqual(names(over.response.headers));
    expect(within.response.headers['content-type']).toBe(over.response.headers['content-type']);
  });
});
