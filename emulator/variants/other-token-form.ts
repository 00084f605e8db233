// A NextToken is opaque (the model allows any 1..1024 characters): a service may send long
// tokens in standard base64, with '+', '/' and '=', behind a prefix of other printable
// characters. A client must pass a token back verbatim: one trimmed, re-encoded, URL-decoded or
// cut short is not one the service issued (it is then forged, LIST-TOKEN-FORGED).
import type { Variant } from '../behaviour/change.js';

/** Printable characters outside either base64 alphabet. */
const PREFIX = '~2:';
/** Bytes whose base64 is "++//": every token carries both characters. */
const HEADER = Buffer.of(0xfb, 0xef, 0xff);
/** Bytes encoded: one more than a multiple of 3, so the base64 ends in "==" (672 characters). */
const BODY_BYTES = 502;

function encode(inner: string): string {
  const bytes = Buffer.from(inner, 'utf8');
  const length = Buffer.alloc(2);
  length.writeUInt16BE(bytes.length);
  // The filler repeats the token: the text is long, and every character of it depends on the token.
  const filler = Buffer.alloc(Math.max(1, BODY_BYTES - HEADER.length - 2 - bytes.length), bytes);
  return `${PREFIX}${Buffer.concat([HEADER, length, bytes, filler]).toString('base64')}`;
}

function decode(text: string): string | undefined {
  if (!text.startsWith(PREFIX)) return undefined;
  const body = Buffer.from(text.slice(PREFIX.length), 'base64');
  if (body.length < HEADER.length + 2 || !body.subarray(0, HEADER.length).equals(HEADER))
    return undefined;
  const length = body.readUInt16BE(HEADER.length);
  const start = HEADER.length + 2;
  const inner = body.subarray(start, start + length).toString('utf8');
  // Node's base64 decoder is lenient (it skips stray characters and padding): only the exact
  // text this form makes of the token stands for it.
  return encode(inner) === text ? inner : undefined;
}

export const otherTokenForm: Variant = {
  name: 'other-token-form',
  varies: ['LIST-PAGINATION-COMPLETE', 'LIST-TOKEN-FORGED'],
  description:
    "NextTokens are 675 characters: '~2:' and standard base64 with '+', '/' and '=' padding, to be passed back verbatim.",
  hooks: (base) => ({
    tokenText: (issued) => encode(base.tokenText(issued)),
    issuedToken: (text) => {
      const inner = decode(text);
      return inner === undefined ? undefined : base.issuedToken(inner);
    },
  }),
};
