// Requests no SDK would send must get a clean 4xx with __type, never a 5xx, and the target
// must keep serving. Sent signed, so a real service judges the request, not the signature.
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { check, observe } from '../../harness/checks/check.js';
import { require } from '../../harness/checks/errors.js';
import { raw, rawOperation, targetOf } from '../../harness/checks/raw.js';
import { errorNameOf } from '../../harness/checks/raw-errors.js';
import type { RawRequest } from '../../harness/raw-call.js';
import { reserveConnections } from '../../harness/checks/connections.js';

// Creates nothing: runs beside files that do.
reserveConnections(0);

const MALFORMED: [string, RawRequest][] = [
  ['a body that is not JSON', { target: targetOf('ListConnections'), body: '{"MaxResults": ' }],
  ['a JSON body that is not an object', { target: targetOf('ListConnections'), body: '[1, 2]' }],
  [
    'a member of the wrong JSON type',
    { target: targetOf('ListConnections'), body: '{"MaxResults": "ten"}' },
  ],
  [
    'a required member that is null',
    { target: targetOf('DeleteConnection'), body: '{"ConnectionArn": null}' },
  ],
  ['an unknown X-Amz-Target', { target: targetOf('ListConnectionz'), body: '{}' }],
  ['no X-Amz-Target', { target: null, body: '{}' }],
];

check(
  ['WIRE-MALFORMED-4XX'],
  'malformed requests get a 4xx with __type and the target keeps serving',
  async ({ client }) => {
    for (const [what, req] of MALFORMED) {
      const res = await raw(req);
      require(res.status >= 400 &&
        res.status < 500, 'WIRE-MALFORMED-4XX', `${what}: HTTP ${res.status}`);
      require(errorNameOf(res) !==
        undefined, 'WIRE-MALFORMED-4XX', `${what}: the error is not named (${res.body.slice(0, 100)})`);
    }
    const after = await client.send(new ListConnectionsCommand({ MaxResults: 1 }));
    require(Array.isArray(
      after.ConnectionSummaryList,
    ), 'WIRE-MALFORMED-4XX', 'the target stopped serving');
  },
);

observe('OBS-MALFORMED-ERROR', 'which errors malformed requests get', async () => {
  const seen: Record<string, string> = {};
  for (const [what, req] of MALFORMED) {
    const res = await raw(req);
    seen[what] = `${res.status} ${errorNameOf(res) ?? '(unnamed)'}`;
  }
  return seen;
});

observe('OBS-ERROR-TYPE-FORM', 'which form __type takes', async () => {
  const res = await rawOperation('ListConnections', { MaxResults: 0 });
  const type = (res.json as { __type?: unknown } | undefined)?.__type;
  return typeof type !== 'string' ? 'absent' : type.includes('#') ? 'namespaced' : 'bare';
});
