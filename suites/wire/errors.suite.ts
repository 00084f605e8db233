// Error conventions, checked on the raw exchanges of a scenario that drives every operation to
// its modeled client errors. Tolerant of what the contract leaves free: message texts, __type
// with or without namespace, extra members.
import {
  type AppRunnerClient,
  DeleteConnectionCommand,
  ListConnectionsCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
} from '@aws-sdk/client-apprunner';
import { ERRORS, OPERATIONS } from '../../contract/index.js';
import { unknownConnectionArn } from '../../harness/checks/arns.js';
import { check, checkWithControl } from '../../harness/checks/check.js';
import { failureOf, require } from '../../harness/checks/errors.js';
import { Inconclusive } from '../../harness/checks/meta.js';
import { uniqueName } from '../../harness/checks/names.js';
import { jsonObject } from '../../harness/checks/json-body.js';
import { provoke, type ProvokedError } from '../../harness/checks/provoke.js';
import { bareErrorName } from '../../harness/checks/raw-errors.js';
import { assertBodyMatches, shapeRequirementsOf } from '../../harness/checks/schema.js';
import { auditOne } from '../../harness/checks/wire-audit.js';

const bodyOf = (text: string): Record<string, unknown> => jsonObject(text) ?? {};

/** The error the target answered, as the JS SDK reads it (header first, then __type). */
function answered(p: ProvokedError): string {
  const type = bodyOf(p.exchange.response.body).__type;
  return bareErrorName(
    p.exchange.response.headers['x-amzn-errortype'] ?? (typeof type === 'string' ? type : ''),
  );
}

check(['WIRE-ERROR-TYPE-BODY'], 'an error body names the error in __type', async () => {
  for (const p of (await provoke()).errors) {
    const type = bodyOf(p.exchange.response.body).__type;
    require(typeof type ===
      'string', 'WIRE-ERROR-TYPE-BODY', `${p.operation}: no __type in ${p.exchange.response.body.slice(0, 200)}`);
    // botocore reads only __type: it must name the same error the header does.
    require(bareErrorName(type) ===
      answered(
        p,
      ), 'WIRE-ERROR-TYPE-BODY', `${p.operation}: __type ${type} disagrees with X-Amzn-ErrorType ${answered(p)}`);
    require(ERRORS.errors.some(
      (e) => e.name === bareErrorName(type),
    ), 'WIRE-ERROR-TYPE-BODY', `${p.operation}: __type ${type} names no modeled error`);
  }
});

check(['WIRE-ERROR-MESSAGE'], 'an error body carries a Message string', async () => {
  for (const p of (await provoke()).errors) {
    const message = bodyOf(p.exchange.response.body).Message;
    require(typeof message ===
      'string', 'WIRE-ERROR-MESSAGE', `${p.operation} ${p.expected}: Message is ${JSON.stringify(message)}`);
  }
});

check(['WIRE-ERROR-STATUS'], 'each modeled error answers the status the model states', async () => {
  for (const p of (await provoke()).errors) {
    const name = answered(p);
    const modeled = ERRORS.errors.find((e) => e.name === name)?.httpStatus;
    if (modeled === undefined) continue; // an unmodeled error is WIRE-ERROR-MODELED's business
    const status = p.exchange.response.status;
    require(status ===
      modeled, 'WIRE-ERROR-STATUS', `${p.operation} ${name} answered HTTP ${status}, the model states ${modeled}`);
  }
});

check(
  ['WIRE-ERROR-MODELED'],
  'every error an operation answers is one of its modeled errors',
  async () => {
    const scenario = await provoke();
    const all: ProvokedError[] = [
      ...scenario.errors,
      ...scenario.otherErrors.map((exchange) => ({
        operation: exchange.operation,
        expected: 'InvalidRequestException' as const,
        exchange,
      })),
    ];
    for (const p of all) {
      const name = answered(p);
      const modeled: readonly string[] =
        OPERATIONS.operations.find((o) => o.name === p.operation)?.errors ?? [];
      require(modeled.includes(
        name,
      ), 'WIRE-ERROR-MODELED', `${p.operation} answered ${name || 'an unnamed error'}, not one of ${modeled.join(', ')}`);
    }
  },
);

for (const name of ['InvalidRequestException', 'ResourceNotFoundException'] as const) {
  check(
    shapeRequirementsOf(name).filter((id) => id !== 'WIRE-ERROR-TYPE-BODY'),
    `a ${name} body validates against its error schema`,
    async () => {
      const provoked = (await provoke()).errors.filter(
        (p) => p.expected === name && answered(p) === name,
      );
      for (const p of provoked) assertBodyMatches(p.exchange, name);
    },
  );
}

type FaultedOperation =
  'ListConnections' | 'DeleteConnection' | 'TagResource' | 'UntagResource' | 'ListTagsForResource';

interface FaultedCall {
  send: (client: AppRunnerClient) => Promise<unknown>;
  /** The input members a scheduled fault matches on, so that it takes only this call. */
  match: Record<string, string>;
}

/** Calls that name nothing: a made-up name, a well-formed ARN of no connection. */
async function faultedCalls(): Promise<Record<FaultedOperation, FaultedCall>> {
  const ConnectionName = uniqueName();
  const arn = await unknownConnectionArn();
  const onArn = { ResourceArn: arn };
  return {
    ListConnections: {
      send: (c) => c.send(new ListConnectionsCommand({ ConnectionName })),
      match: { ConnectionName },
    },
    DeleteConnection: {
      send: (c) => c.send(new DeleteConnectionCommand({ ConnectionArn: arn })),
      match: { ConnectionArn: arn },
    },
    TagResource: {
      send: (c) => c.send(new TagResourceCommand({ ...onArn, Tags: [{ Key: 'k', Value: 'v' }] })),
      match: onArn,
    },
    UntagResource: {
      send: (c) => c.send(new UntagResourceCommand({ ...onArn, TagKeys: ['k'] })),
      match: onArn,
    },
    ListTagsForResource: {
      send: (c) => c.send(new ListTagsForResourceCommand(onArn)),
      match: onArn,
    },
  };
}

const FAULTED: readonly string[] = [
  'ListConnections',
  'DeleteConnection',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
];

// No request provokes these two errors: the target's control interface schedules them, for every
// operation that models them, and the answer must be the error as the model shapes it.
for (const name of ['InternalServiceErrorException', 'InvalidStateException'] as const) {
  const operations = OPERATIONS.operations
    .filter((o) => (o.errors as readonly string[]).includes(name) && FAULTED.includes(o.name))
    .map((o) => o.name as FaultedOperation);
  checkWithControl(
    [
      'WIRE-CONTENT-TYPE',
      'WIRE-REQUEST-ID',
      'WIRE-ERROR-TYPE-BODY',
      'WIRE-ERROR-MESSAGE',
      'WIRE-ERROR-STATUS',
      ...shapeRequirementsOf(name),
    ],
    `an ${name} the control interface schedules answers as the model shapes it`,
    async ({ client, config, log }, control) => {
      const calls = await faultedCalls();
      for (const operation of operations) {
        const { send, match } = calls[operation];
        // Every attempt the client makes meets the fault: the answer judged is the error itself.
        await control.injectFault({
          operation,
          kind: 'error',
          error: name,
          count: config.maxAttempts,
          match,
        });
        const mark = log.mark();
        const failure = await failureOf(send(client));
        const exchange = log.since(mark).at(-1);
        if (!failure || !exchange)
          throw new Inconclusive(
            `${operation}: the scheduled ${name} did not take the call (it succeeded)`,
          );
        const type = bodyOf(exchange.response.body).__type;
        require(typeof type === 'string' &&
          bareErrorName(type) ===
            name, 'WIRE-ERROR-TYPE-BODY', `${operation}: ${name} answered with __type ${JSON.stringify(type)}`);
        require(failure.name ===
          name, 'WIRE-ERROR-TYPE-BODY', `${operation}: the SDK read ${failure.name}, not ${name}`);
        // Content-Type, request id, Message and status, by the audit's own rules: the run's audit
        // leaves out the answers a client retries, 500s among them.
        const broken = auditOne(exchange)[0];
        require(!broken, broken?.requirement ??
          'WIRE-CONTENT-TYPE', `${operation} ${name}: ${broken?.what}`);
        assertBodyMatches(exchange, name);
      }
    },
  );
}
