import { check } from '../../harness/checks/check.js';
import { require } from '../../harness/checks/errors.js';
import { jsonObject } from '../../harness/checks/json-body.js';
import { provoke, type Scenario } from '../../harness/checks/provoke.js';

/** Every answer of the scenario, successes where an error was meant included. */
const everyResponse = ({ successes, errors, unprovoked }: Scenario) => [
  ...successes,
  ...[...errors, ...unprovoked].map((p) => p.exchange),
];

/** The media type without parameters: `; charset=utf-8` does not change it. */
const mediaType = (value: string | undefined): string =>
  (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

check(
  ['WIRE-CONTENT-TYPE'],
  'every response, success or error, is application/x-amz-json-1.0',
  async () => {
    for (const e of everyResponse(await provoke())) {
      const type = e.response.headers['content-type'];
      require(mediaType(type) ===
        'application/x-amz-json-1.0', 'WIRE-CONTENT-TYPE', `${e.operation} HTTP ${e.response.status} answered Content-Type ${type ?? '(none)'}`);
    }
  },
);

check(
  ['WIRE-REQUEST-ID'],
  'every response, success or error, carries x-amzn-RequestId',
  async () => {
    for (const e of everyResponse(await provoke())) {
      const id = e.response.headers['x-amzn-requestid'];
      require(id !== undefined &&
        id.trim() !==
          '', 'WIRE-REQUEST-ID', `${e.operation} HTTP ${e.response.status} answered without x-amzn-RequestId`);
    }
  },
);

check(['WIRE-SUCCESS-200'], 'every successful call answers 200 with a JSON object', async () => {
  const { successes } = await provoke();
  for (const e of successes) {
    const { status, body } = e.response;
    require(status === 200, 'WIRE-SUCCESS-200', `${e.operation} succeeded with HTTP ${status}`);
    const what = `${e.operation} answered a body that is not a JSON object: ${body.slice(0, 100)}`;
    require(jsonObject(body), 'WIRE-SUCCESS-200', what);
  }
});

const TAGGING = new Set(['TagResource', 'UntagResource']);

check(['WIRE-EMPTY-OUTPUT'], 'TagResource and UntagResource answer a JSON object', async () => {
  const { successes } = await provoke();
  for (const e of successes.filter((x) => TAGGING.has(x.operation))) {
    const what = `${e.operation} answered ${JSON.stringify(e.response.body.slice(0, 100))}, not a JSON object`;
    require(jsonObject(e.response.body), 'WIRE-EMPTY-OUTPUT', what);
  }
});
