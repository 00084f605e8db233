// The Region of a request, read from the credential scope of its SigV4 Authorization header:
//   AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/apprunner/aws4_request, SignedHeaders=...
// Signatures are NOT verified: the emulator trusts any credentials. It only needs the scope to
// know which Region (and so which set of connections and which ARNs) the caller is in.
// Read with one scan, not a regular expression: an unanchored one was tried at every position of
// the header, which a crafted 16 KB header made cost 65 ms.
import { REGION_PATTERN } from '../options.js';

const MARK = 'Credential=';
const DATE = /^\d{8}$/;

/** Index of the first comma or whitespace at or after `from`, or the length. */
function endOfValue(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2c || c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) return i;
  }
  return text.length;
}

/** The scope's Region, or undefined when the header is not SigV4 or names no usable Region. */
export function regionOfAuthorization(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const at = authorization.indexOf(MARK);
  if (at < 0) return undefined;
  const start = at + MARK.length;
  // AKID/DATE/REGION/SERVICE/aws4_request: five parts, none empty.
  const parts = authorization.slice(start, endOfValue(authorization, start)).split('/', 6);
  if (parts.length !== 5 || parts.some((p) => p === '')) return undefined;
  const [, date = '', region = '', , terminator] = parts;
  if (!DATE.test(date) || terminator !== 'aws4_request') return undefined;
  return REGION_PATTERN.test(region) ? region : undefined;
}
