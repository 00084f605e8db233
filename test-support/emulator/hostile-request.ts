// Hostile HTTP requests as data, for the emulator's hostile-input property test: odd framing
// (methods, paths, Content-Length that lies, chunking, Expect), header floods and oversized
// headers, bodies that are deep, huge, not UTF-8 or over the limit, slow senders, and pipelining
// with garbage after it. Each is turned into the bytes and the timing a socket sends.
import fc from 'fast-check';
import { sigv4Authorization } from './raw-call.js';

export interface HostileRequest {
  /** The pieces written to the socket, one after another, `pauseMs` apart. */
  pieces: Buffer[];
  pauseMs: number;
  /** What was drawn, for the failure message. */
  description: string;
}

const OPERATIONS = [
  'CreateConnection',
  'ListConnections',
  'DeleteConnection',
  'TagResource',
  'UntagResource',
  'ListTagsForResource',
];

const body = fc.oneof(
  fc.json().map((text) => ({ kind: 'json', bytes: Buffer.from(text) })),
  fc.integer({ min: 1, max: 100_000 }).map((n) => ({
    kind: `nesting ${n}`,
    bytes: Buffer.from(`{"Tags":${'['.repeat(n)}${']'.repeat(n)}}`),
  })),
  fc
    .tuple(
      fc.integer({ min: 1, max: 120_000 }),
      fc.constantFrom('1', '{}', '{"Key":""}', '{"Key":"k","Value":"v"}', '"aws:x"', 'null'),
      fc.constantFrom('Tags', 'TagKeys'),
    )
    .map(([n, item, member]) => ({
      kind: `${n} x ${item} in ${member}`,
      bytes: Buffer.from(
        `{"ConnectionName":"hostile","ProviderType":"GITHUB","ResourceArn":"x","${member}":[${Array<string>(n).fill(item).join(',')}]}`,
      ),
    })),
  fc.uint8Array({ maxLength: 2048 }).map((b) => ({ kind: 'bytes', bytes: Buffer.from(b) })),
  fc.integer({ min: 1, max: 4 }).map((k) => ({
    kind: `over the limit x${k}`,
    bytes: Buffer.alloc(k * 300 * 1024, 0x20),
  })),
);

// Mostly printable; now and then bytes a header may not hold.
const headerValue = fc.oneof(
  { arbitrary: fc.string({ maxLength: 60 }), weight: 19 },
  {
    arbitrary: fc
      .string({ unit: 'binary-ascii', maxLength: 60 })
      .map((s) => s.replace(/[\r\n]/g, '')),
    weight: 1,
  },
);

const head = fc.record({
  method: fc.constantFrom(
    ...Array<string>(8).fill('POST'),
    'GET',
    'PUT',
    'DELETE',
    'FOO',
    'P O S T',
  ),
  path: fc.constantFrom('/', '/', '/', '/x', '/?a=b', '*', '//', '/%ff'),
  version: fc.constantFrom(...Array<string>(8).fill('HTTP/1.1'), 'HTTP/1.0', 'HTTP/2.0', 'HTTP/9'),
  target: fc.option(
    fc.oneof(
      fc.constantFrom(...OPERATIONS).map((o) => `AppRunner.${o}`),
      fc.constantFrom('AppRunner.Nope', '', 'x'.repeat(300)),
    ),
  ),
  authorization: fc.option(
    fc.constantFrom(
      sigv4Authorization('us-east-1'),
      sigv4Authorization('eu-west-1'),
      'garbage',
      'Credential='.repeat(1000),
      `AWS4-HMAC-SHA256 Credential=A/20240101/${'r'.repeat(200)}/apprunner/aws4_request`,
    ),
  ),
  expect: fc.option(fc.constantFrom('100-continue', 'something-else')),
  contentType: fc.option(fc.constantFrom('application/x-amz-json-1.0', 'text/plain', '\u00ff')),
  extra: fc.array(fc.tuple(fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,20}$/), headerValue), {
    maxLength: 4,
  }),
  flood: fc.option(fc.integer({ min: 100, max: 1200 })),
  bigHeader: fc.option(fc.integer({ min: 1000, max: 20_000 })),
  framing: fc.constantFrom('exact', 'exact', 'short', 'long', 'chunked', 'bad-chunked', 'none'),
});

const after = fc.constantFrom('nothing', 'nothing', 'valid request', 'garbage');
const sending = fc.record({
  pieces: fc.integer({ min: 1, max: 6 }),
  pauseMs: fc.integer({ min: 0, max: 40 }),
});

const VALID_NEXT = Buffer.from(
  `POST / HTTP/1.1\r\nHost: emulator\r\nX-Amz-Target: AppRunner.ListConnections\r\n` +
    `Authorization: ${sigv4Authorization('us-east-1')}\r\nContent-Length: 2\r\n\r\n{}`,
);

type Head = typeof head extends fc.Arbitrary<infer T> ? T : never;

function framed(h: Head, content: Buffer): Buffer {
  const lines = [`${h.method} ${h.path} ${h.version}`, 'Host: emulator'];
  if (h.target !== null) lines.push(`X-Amz-Target: ${h.target}`);
  if (h.authorization !== null) lines.push(`Authorization: ${h.authorization}`);
  if (h.expect !== null) lines.push(`Expect: ${h.expect}`);
  if (h.contentType !== null) lines.push(`Content-Type: ${h.contentType}`);
  for (const [name, value] of h.extra) lines.push(`${name}: ${value}`);
  for (let i = 0; i < (h.flood ?? 0); i++) lines.push(`X-Flood-${i}: ${i}`);
  if (h.bigHeader !== null) lines.push(`X-Big: ${'b'.repeat(h.bigHeader)}`);
  let payload = content;
  if (h.framing === 'exact') lines.push(`Content-Length: ${content.length}`);
  if (h.framing === 'short') lines.push(`Content-Length: ${Math.floor(content.length / 2)}`);
  if (h.framing === 'long') lines.push(`Content-Length: ${content.length + 100}`);
  if (h.framing === 'chunked' || h.framing === 'bad-chunked') {
    lines.push('Transfer-Encoding: chunked');
    const size = h.framing === 'chunked' ? content.length.toString(16) : 'zz';
    payload = Buffer.concat([Buffer.from(`${size}\r\n`), content, Buffer.from('\r\n0\r\n\r\n')]);
  }
  return Buffer.concat([Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'), payload]);
}

function split(bytes: Buffer, pieces: number): Buffer[] {
  const size = Math.ceil(bytes.length / pieces);
  const out: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
  return out;
}

export const hostileRequest: fc.Arbitrary<HostileRequest> = fc
  .record({ head, body, after, sending })
  .map(({ head: h, body: b, after: a, sending: s }) => {
    const tail =
      a === 'valid request'
        ? VALID_NEXT
        : a === 'garbage'
          ? Buffer.from('\x00\x01GARBAGE\r\n\r\n')
          : Buffer.alloc(0);
    const bytes = Buffer.concat([framed(h, b.bytes), tail]);
    const description = `${h.method} ${h.path} ${h.version}, target ${String(h.target).slice(0, 40)}, auth ${String(h.authorization).slice(0, 30)}, expect ${h.expect}, framing ${h.framing}, flood ${h.flood}, big header ${h.bigHeader}, body ${b.kind} (${b.bytes.length} bytes), then ${a}, in ${s.pieces} pieces ${s.pauseMs} ms apart`;
    return {
      // A counterexample is shown by what was drawn, not by megabytes of bytes.
      [fc.toStringMethod]: () => description,
      pieces: split(bytes, s.pieces),
      pauseMs: s.pauseMs,
      description,
    };
  });
