// The transport-neutral request and response the core works on; http-adapter.ts maps node:http
// to and from these, so the core can be driven without sockets.

/** An HTTP request as {@link EmulatorCore.handle} takes it, without a socket. */
export interface WireRequest {
  /** The HTTP method, in upper case. */
  method: string;
  /** Path with any query string, as sent. */
  path: string;
  /** Header names in lower case. */
  headers: Readonly<Record<string, string | undefined>>;
  /** Raw bytes as received (decoded as UTF-8 by the core), or text. */
  body: string | Uint8Array;
}

/** The answer of {@link EmulatorCore.handle}. */
export interface WireResponse {
  /** The HTTP status code. */
  status: number;
  /** Response headers, names in lower case. */
  headers: Record<string, string>;
  /** undefined sends no body at all (not even an empty JSON object). */
  body: string | undefined;
  /** Set when the connection is to be dropped without an answer (a scheduled fault). */
  dropped?: true;
}
