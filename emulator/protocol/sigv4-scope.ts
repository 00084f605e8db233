// The Region of a request, read from the credential scope of its SigV4 Authorization header:
//   AWS4-HMAC-SHA256 Credential=AKID/20240101/us-west-2/apprunner/aws4_request, SignedHeaders=...
// Signatures are NOT verified: the emulator trusts any credentials. It only needs the scope to
// know which Region (and so which set of connections and which ARNs) the caller is in.
import { REGION_PATTERN } from '../options.js';

const CREDENTIAL = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\/[^/,\s]+\/aws4_request/;

/** The scope's Region, or undefined when the header is not SigV4 or names no usable Region. */
export function regionOfAuthorization(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const region = CREDENTIAL.exec(authorization)?.[1];
  return region !== undefined && REGION_PATTERN.test(region) ? region : undefined;
}
