// The plain loop of bench/conformance.ts: the calls a conformance run made, in the same
// mix (operation, SDK or raw, success or error) and the same client (harness/client.ts, with the
// target it is given, as a vitest worker builds it), one after another with nothing
// else in between, CALLS of them, from a cold start as the suites make theirs (no warm-up left
// out). conformance-suites.ts runs it in worker threads, one for each vitest worker of the
// run it compares with (vitest.config.ts): against the target it is given, or, given
// `own-emulator`, against an emulator of its own in its own thread, as each vitest worker of
// npm run conformance has one (harness/embedded-settings.ts).
//   argv: '<mix JSON>' CALLS [own-emulator]; workerData: the TargetConfig
// Posts (in a worker thread) or prints one JSON object: { calls, seconds, callsPerSecond }.
import {
  CreateConnectionCommand,
  DeleteConnectionCommand,
  ListConnectionsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { parentPort, workerData } from 'node:worker_threads';
import { createClient } from '../harness/client.js';
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';
import { embeddedEmulatorSettings } from '../harness/embedded-settings.js';
import { startEmulator } from '../emulator/index.js';
import { rawCall } from '../harness/raw-call.js';
import { resolveTarget, type TargetConfig } from '../harness/target-config.js';
import { MIX_OPERATIONS, type MixKey } from './conformance-mix.js';

const [mixJson = '{}', callsRaw = '1000', where] = process.argv.slice(2);
const mix = JSON.parse(mixJson) as Partial<Record<MixKey, number>>;
const given = (workerData as TargetConfig | undefined) ?? resolveTarget({}, {});
// With the settings npm run conformance gives the emulator it embeds.
const own =
  where === 'own-emulator' ? await startEmulator(embeddedEmulatorSettings(given)) : undefined;
const config = { ...given, ...(own && { endpoint: own.url }) };
const { client } = createClient(config);
const endpoint = config.endpoint ?? '';
const account = config.account ?? PLACEHOLDER_ACCOUNT;
const missingArn = `arn:aws:apprunner:${config.region}:${account}:connection/${config.namePrefix}gone/0123456789abcdef0123456789abcdef`;

let counter = 0;
const name = (): string => `${config.namePrefix}loop-${(counter++).toString(36)}`;
/** Connections the loop made and has not deleted yet; DeleteConnection successes take from it. */
const pool: string[] = [];
let tagged = '';
/** Below the emulator's quota of 10, with the connection the tag calls use. */
const POOL_LIMIT = 8;

/** Request bodies per operation: one the emulator accepts, one it rejects. */
function body(operation: string, ok: boolean): Record<string, unknown> {
  switch (operation) {
    case 'CreateConnection':
      return { ConnectionName: ok ? name() : '!', ProviderType: 'GITHUB' };
    case 'ListConnections':
      return ok ? {} : { MaxResults: 0 };
    case 'DeleteConnection':
      return { ConnectionArn: ok ? (pool.shift() ?? '') : missingArn };
    case 'TagResource':
      return { ResourceArn: ok ? tagged : 'not-an-arn', Tags: [{ Key: 'k', Value: 'v' }] };
    case 'UntagResource':
      return { ResourceArn: ok ? tagged : 'not-an-arn', TagKeys: ['k'] };
    case 'ListTagsForResource':
      return { ResourceArn: ok ? tagged : 'not-an-arn' };
    default:
      return {};
  }
}

/** The SDK call for an operation, with a body from body(). */
function send(operation: string, input: Record<string, unknown>): Promise<unknown> {
  switch (operation) {
    case 'CreateConnection':
      return client.send(new CreateConnectionCommand(input as never));
    case 'ListConnections':
      return client.send(new ListConnectionsCommand(input));
    case 'DeleteConnection':
      return client.send(new DeleteConnectionCommand(input as never));
    case 'TagResource':
      return client.send(new TagResourceCommand(input as never));
    case 'UntagResource':
      return client.send(new UntagResourceCommand(input as never));
    case 'ListTagsForResource':
      return client.send(new ListTagsForResourceCommand(input as never));
    default:
      throw new Error(`${operation}: not an SDK operation`);
  }
}

/** One call; returns how many calls it took (a success that needs a connection may make one). */
async function call(key: MixKey): Promise<number> {
  const [via, operation = '', outcome] = key.split(' ');
  const ok = outcome === 'ok';
  // Successful creates and deletes come in about equal numbers; where they drift, one more call
  // keeps the pool between empty and the quota.
  let extra = 0;
  if (operation === 'DeleteConnection' && ok && pool.length === 0)
    extra += await call(`${via} CreateConnection ok` as MixKey);
  if (operation === 'CreateConnection' && ok && pool.length >= POOL_LIMIT)
    extra += await call(`${via} DeleteConnection ok` as MixKey);
  const input = body(operation, ok);
  let arn: string | undefined;
  if (via === 'raw') {
    const res = await rawCall(client, endpoint, {
      target: MIX_OPERATIONS.includes(operation) ? `AppRunner.${operation}` : null,
      body: JSON.stringify(input),
    });
    if (res.status < 300 !== ok) throw new Error(`${key}: HTTP ${res.status} ${res.body}`);
    arn = (res.json as { Connection?: { ConnectionArn?: string } } | undefined)?.Connection
      ?.ConnectionArn;
  } else {
    try {
      const out = (await send(operation, input)) as {
        Connection?: { ConnectionArn?: string };
      };
      if (!ok) throw new Error(`${key}: succeeded`);
      arn = out.Connection?.ConnectionArn;
    } catch (e) {
      if (ok || (e as { $metadata?: unknown }).$metadata === undefined) throw e;
    }
  }
  if (operation === 'CreateConnection' && ok && arn) pool.push(arn);
  return 1 + extra;
}

/** The keys in the mix's proportions, spread evenly (each next key is the one furthest behind). */
function* schedule(): Generator<MixKey> {
  const entries = Object.entries(mix).filter(([, n]) => (n ?? 0) > 0) as [MixKey, number][];
  const total = entries.reduce((s, [, n]) => s + n, 0);
  const done = new Map<MixKey, number>(entries.map(([k]) => [k, 0]));
  for (let i = 1; ; i++) {
    let best = entries[0]?.[0];
    let behind = -Infinity;
    for (const [k, n] of entries) {
      const gap = (i * n) / total - (done.get(k) ?? 0);
      if (gap > behind) [best, behind] = [k, gap];
    }
    if (best === undefined) return;
    done.set(best, (done.get(best) ?? 0) + 1);
    yield best;
  }
}

/** `count` calls of the mix; their number (a few more where the pool needed one) and time. */
async function run(count: number): Promise<{ calls: number; seconds: number }> {
  const keys = schedule();
  let calls = 0;
  const started = performance.now();
  while (calls < count) {
    const next = keys.next();
    if (next.done) break;
    calls += await call(next.value);
  }
  return { calls, seconds: (performance.now() - started) / 1000 };
}

const made = await client.send(
  new CreateConnectionCommand({ ConnectionName: name(), ProviderType: 'GITHUB' }),
);
tagged = made.Connection?.ConnectionArn ?? '';
try {
  const { calls, seconds } = await run(Number(callsRaw));
  const result = { calls, seconds, callsPerSecond: calls / seconds };
  if (parentPort) parentPort.postMessage(result);
  else process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  for (const arn of [tagged, ...pool])
    await client.send(new DeleteConnectionCommand({ ConnectionArn: arn }));
  client.destroy();
  await own?.close();
}
