import { check } from '../support/check.js';
import { require } from '../support/errors.js';
import { provoke } from '../support/provoke.js';

/** The media type without parameters: `; charset=utf-8` does not change it. */
const mediaType = (value: string | undefined): string =>
  (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

check(
  ['WIRE-CONTENT-TYPE'],
  'every response, success or error, is application/x-amz-json-1.0',
  async () => {
    const { successes, errors } = await provoke();
    for (const e of [...successes, ...errors.map((p) => p.exchange)]) {
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
    const { successes, errors } = await provoke();
    for (const e of [...successes, ...errors.map((p) => p.exchange)]) {
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
    require(e.response.status ===
      200, 'WIRE-SUCCESS-200', `${e.operation} succeeded with HTTP ${e.response.status}`);
    let body: unknown;
    try {
      body = JSON.parse(e.response.body);
    } catch {
      body = undefined;
    }
    require(typeof body === 'object' &&
      body !== null &&
      !Array.isArray(
        body,
      ), 'WIRE-SUCCESS-200', `${e.operation} answered a body that is not a JSON object: ${e.response.body.slice(0, 100)}`);
  }
});

check(['WIRE-EMPTY-OUTPUT'], 'TagResource and UntagResource answer a JSON object', async () => {
  const { successes } = await provoke();
  for (const e of successes.filter(
    (x) => x.operation === 'TagResource' || x.operation === 'UntagResource',
  )) {
    let body: unknown;
    try {
      body = JSON.parse(e.response.body);
    } catch {
      body = undefined;
    }
    require(typeof body === 'object' &&
      body !== null &&
      !Array.isArray(
        body,
      ), 'WIRE-EMPTY-OUTPUT', `${e.operation} answered ${JSON.stringify(e.response.body.slice(0, 100))}, not a JSON object`);
  }
});
