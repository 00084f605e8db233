// Each operation refuses a body that is not a JSON object, and a body that lacks a required
// member; read from the derived schemas, so every operation and required member is covered.
import { OPERATIONS, type RequirementId, type SchemaName } from '../../contract/index.js';
import { check } from '../../harness/checks/check.js';
import { rawCreate } from '../../harness/checks/connections.js';
import { uniqueName } from '../../harness/checks/names.js';
import { rawOperation } from '../../harness/checks/raw.js';
import type { RawResponse } from '../../harness/raw-call.js';
import { assertRejected } from '../../harness/checks/rejection.js';
import shapesOf from '../../harness/checks/schema-defs.js';
import { readFileSync } from 'node:fs';

/**
 * A valid body for each operation, from which one required member is left out at a time. The
 * create gets a name of the run, and goes through rawCreate: a target that wrongly accepts it
 * must not be left holding the connection.
 */
const VALID: Record<string, Record<string, unknown>> = {
  CreateConnection: { ConnectionName: 'placeholder', ProviderType: 'GITHUB' },
  ListConnections: {},
  DeleteConnection: { ConnectionArn: 'arn:aws:apprunner:us-east-1:000000000000:connection/none/0' },
  TagResource: {
    ResourceArn: 'arn:aws:apprunner:us-east-1:000000000000:connection/none/0',
    Tags: [],
  },
  UntagResource: {
    ResourceArn: 'arn:aws:apprunner:us-east-1:000000000000:connection/none/0',
    TagKeys: [],
  },
  ListTagsForResource: {
    ResourceArn: 'arn:aws:apprunner:us-east-1:000000000000:connection/none/0',
  },
};

const send = (operation: string, body: unknown): Promise<RawResponse> =>
  operation === 'CreateConnection' ? rawCreate(body) : rawOperation(operation, body);

function requiredMembers(schema: SchemaName): string[] {
  const url = new URL(`../../spec/derived/schemas/${schema}.schema.json`, import.meta.url);
  const doc = JSON.parse(readFileSync(url, 'utf8')) as {
    $defs: Record<string, { required?: string[] }>;
  };
  return doc.$defs[schema]?.required ?? [];
}

for (const op of OPERATIONS.operations) {
  const schema = op.input as SchemaName;
  if (!shapesOf(schema).includes(schema)) throw new Error(`no schema for ${schema}`);
  const typeId: RequirementId = `shape.${schema}.type`;
  check(
    ['CONN-INVALID-REJECTED', typeId],
    `${op.name} refuses a body that is not a JSON object`,
    async () => {
      for (const body of [[], 'text', 42]) {
        const res = await send(op.name, body);
        assertRejected(res, {
          value: body,
          reason: 'not-an-object',
          requirement: typeId,
          implied: [],
          path: '',
          kind: 'malformed',
        });
      }
    },
  );
  for (const member of requiredMembers(schema)) {
    const requiredId = `shape.${schema}.required` as RequirementId;
    check(
      ['CONN-INVALID-REJECTED', requiredId],
      `${op.name} refuses a body without ${member}`,
      async () => {
        const valid =
          op.name === 'CreateConnection'
            ? { ...VALID.CreateConnection, ConnectionName: uniqueName() }
            : VALID[op.name];
        const { [member]: _left, ...body } = valid ?? {};
        const res = await send(op.name, body);
        assertRejected(res, {
          value: body,
          reason: `missing ${member}`,
          requirement: requiredId,
          implied: [],
          path: '',
          kind: 'constraint',
        });
      },
    );
  }
}

check(
  ['CONN-INVALID-REJECTED', 'shape.TagKeyList.type'],
  'UntagResource refuses TagKeys that is not a JSON array',
  async () => {
    const body = { ...VALID.UntagResource, TagKeys: 'k' };
    const res = await rawOperation('UntagResource', body);
    assertRejected(res, {
      value: body,
      reason: 'TagKeys not an array',
      requirement: 'shape.TagKeyList.type',
      implied: [],
      path: '/TagKeys',
      kind: 'malformed',
    });
  },
);
