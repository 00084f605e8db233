// Properties of CreateConnection over every valid input the generators produce, one requirement
// each. They draw the same inputs and each judges one side of the answer to creating one: an
// input is created (and deleted again) once and its answer shared
// (docs/decisions/0005-shared-create-answers.md).
import type { CreateConnectionCommandOutput } from '@aws-sdk/client-apprunner';
import fc from 'fast-check';
import type { CreateConnectionRequest } from '../../contract/index.js';
import { createConnectionInput } from '../../generators/index.js';
import type { Exchange } from '../../harness/exchange-log.js';
import { checkProperty, type CheckContext } from '../../harness/checks/check.js';
import { deleteConnection, sendCreate, wasFreed } from '../../harness/checks/connections.js';
import { failureOf, require } from '../../harness/checks/errors.js';
import { NarrowableFailure } from '../../harness/checks/meta.js';
import { blameRefusedCreate, creates, narrowed } from '../../harness/checks/refused-valid.js';
import { filePrefix } from '../../harness/checks/names.js';
import { expectedAccount } from '../../harness/run-context.js';
import { assertBodyMatches, shapeRequirementsOf } from '../../harness/checks/schema.js';
import { partitionOf } from '../../harness/checks/arns.js';

const inputs = () => createConnectionInput({ namePrefix: filePrefix() });

interface Answer {
  out: CreateConnectionCommandOutput;
  /** The CreateConnection exchange behind `out`, as the log holds it. */
  exchange: Exchange | undefined;
}

/** Answers to inputs created so far in this file, by input. */
const answers = new Map<string, Answer>();

/**
 * Creates `input`, keeps the answer under `key`, and always deletes what it created. `rejection`
 * is why the shared answer was not accepted, if there was one.
 */
async function create(
  input: CreateConnectionRequest,
  key: string,
  c: CheckContext,
  rejection?: Error,
): Promise<Answer> {
  const mark = c.log.mark();
  const sent = sendCreate(input);
  const refused = await failureOf(sent);
  if (
    refused &&
    wasFreed(input.ConnectionName) &&
    !(await creates({ ConnectionName: input.ConnectionName, ProviderType: 'GITHUB' }))
  ) {
    // A name this file freed (here or while narrowing a refusal) is refused on its own: whether a
    // deleted connection's name can be used again is only observed (DELETE-FREES-NAME), so the
    // refusal judges nothing. The shared answer's rejection stands, or the input is skipped.
    if (rejection !== undefined) throw rejection;
    fc.pre(false);
  }
  if (refused) {
    // A valid input refused: one of the request's constraints is enforced wrongly, and probing
    // tells which.
    const detail = `the valid input ${JSON.stringify(input).slice(0, 300)} was refused: ${refused.name} ${refused.message}`;
    throw new NarrowableFailure(shapeRequirementsOf('CreateConnectionRequest'), detail, () =>
      narrowed(detail, blameRefusedCreate(input)),
    );
  }
  const out = await sent;
  const exchange = c.log.since(mark).find((e) => e.operation === 'CreateConnection');
  const arn = out.Connection?.ConnectionArn;
  if (arn) await deleteConnection(arn);
  const answer = { out, exchange };
  answers.set(key, answer);
  return answer;
}

/**
 * Hands the answer to creating `input` to `check`: an answer another property already had, as
 * long as `check` accepts it, else a new one. A property that fails therefore fails on an answer
 * of its own, and its report shows the exchange it judged.
 */
async function created(
  input: CreateConnectionRequest,
  c: CheckContext,
  check: (out: CreateConnectionCommandOutput, exchange: Exchange | undefined) => void,
): Promise<void> {
  const key = JSON.stringify(input);
  const shared = answers.get(key);
  let rejection: Error | undefined;
  if (shared) {
    try {
      check(shared.out, shared.exchange);
      return;
    } catch (e) {
      // judged again below, on an answer of its own
      rejection = e instanceof Error ? e : new Error(String(e));
    }
  }
  const { out, exchange } = await create(input, key, c, rejection);
  check(out, exchange);
}

checkProperty(
  ['WIRE-SUCCESS-200', ...shapeRequirementsOf('CreateConnectionResponse')],
  'any valid input is answered 200 with a body that validates against the response schema',
  inputs,
  (input, c) =>
    created(input, c, (_out, exchange) => {
      require(exchange?.response.status ===
        200, 'WIRE-SUCCESS-200', `HTTP ${exchange?.response.status}`);
      assertBodyMatches(exchange, 'CreateConnectionResponse');
    }),
);

checkProperty(
  ['CONN-CREATE-ECHO'],
  'the answer carries the name and provider it was given',
  inputs,
  (input, c) =>
    created(input, c, (out) => {
      const got = out.Connection;
      require(got?.ConnectionName === input.ConnectionName &&
        got?.ProviderType ===
          input.ProviderType, 'CONN-CREATE-ECHO', `sent ${input.ConnectionName}/${input.ProviderType}, got ${got?.ConnectionName}/${got?.ProviderType}`);
    }),
);

checkProperty(
  ['CONN-CREATE-STATUS'],
  'a new connection has Status PENDING_HANDSHAKE',
  inputs,
  (input, c) =>
    created(input, c, (out) => {
      require(out.Connection?.Status ===
        'PENDING_HANDSHAKE', 'CONN-CREATE-STATUS', `Status is ${out.Connection?.Status}`);
    }),
);

checkProperty(
  ['CONN-CREATE-FIELDS'],
  'the new connection carries all five members',
  inputs,
  (input, c) =>
    created(input, c, (out) => {
      const fields = [
        'ConnectionName',
        'ConnectionArn',
        'ProviderType',
        'Status',
        'CreatedAt',
      ] as const;
      const missing = fields.filter((f) => out.Connection?.[f] === undefined);
      require(missing.length === 0, 'CONN-CREATE-FIELDS', `missing ${missing.join(', ')}`);
    }),
);

checkProperty(
  ['CONN-ARN-FORMAT'],
  'the ARN names the partition, Region, account, name and an id',
  inputs,
  (input, c) =>
    created(input, c, (out) => {
      const arn = out.Connection?.ConnectionArn ?? '';
      const parts = /^arn:([^:]+):apprunner:([^:]*):(\d{12}):connection\/([^/]+)\/([\w-]+)$/.exec(
        arn,
      );
      require(parts, 'CONN-ARN-FORMAT', `${arn} is not arn:<partition>:apprunner:<region>:<account>:connection/<name>/<id>`);
      const [, partition, region, account, name] = parts;
      const want = c.config.region;
      require(partition ===
        partitionOf(
          want,
        ), 'CONN-ARN-FORMAT', `partition ${partition} in ${arn}, expected ${partitionOf(want)}`);
      require(region ===
        want, 'CONN-ARN-FORMAT', `Region ${region} in ${arn}, the call was made in ${want}`);
      require(account ===
        expectedAccount(
          account ?? '',
        ), 'CONN-ARN-FORMAT', `account ${account} in ${arn}, expected ${expectedAccount(account ?? '')}`);
      require(name ===
        input.ConnectionName, 'CONN-ARN-FORMAT', `name ${name} in ${arn}, created ${input.ConnectionName}`);
    }),
);

checkProperty(
  ['CONN-CREATED-AT'],
  'CreatedAt falls within the call, allowing for clock skew',
  inputs,
  (input, c) =>
    created(input, c, (_out, exchange) => {
      const wire = (
        JSON.parse(exchange?.response.body ?? '{}') as { Connection?: { CreatedAt?: unknown } }
      ).Connection?.CreatedAt;
      require(typeof wire ===
        'number', 'CONN-CREATED-AT', `CreatedAt travels as ${JSON.stringify(wire)}, not epoch seconds`);
      const skew = c.config.clockSkewSeconds;
      const from = (exchange?.sentAt ?? 0) / 1000 - skew;
      const to = (exchange?.receivedAt ?? 0) / 1000 + skew;
      // Whole seconds are allowed: a time truncated to the second may precede the call by < 1 s.
      require(wire >= Math.floor(from) &&
        wire <=
          to, 'CONN-CREATED-AT', `CreatedAt ${wire} is outside [${from.toFixed(3)}, ${to.toFixed(3)}]`);
    }),
);
