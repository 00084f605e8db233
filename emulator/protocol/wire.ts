// The transport-neutral request and response the core works on; http-adapter.ts maps node:http
// to and from these, so the core can be driven without sockets.

export interface WireRequest {
  method: string;
  /** Path with any query string, as sent. */
  path: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  /** Raw bytes as received (decoded as UTF-8 by the core), or text. */
  body: string | Uint8Array;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  /** undefined sends no body at all (not even an empty JSON object). */
  body: string | undefined;
}
