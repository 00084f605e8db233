// Calls the emulator with fetch, below any SDK, so that tests see exact statuses, headers and
// bodies. The Authorization header is a syntactically valid SigV4 header with a fake signature:
// the emulator reads only its credential scope.

export interface RawResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The body parsed as JSON, or undefined when it is not JSON. */
  json: Record<string, unknown> | undefined;
}

export interface RawOptions {
  region?: string;
  /** Replaces the whole header set (no Authorization, no X-Amz-Target unless given). */
  headers?: Record<string, string>;
  method?: string;
  path?: string;
}

export function sigv4Authorization(region: string): string {
  return (
    `AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20240101/${region}/apprunner/aws4_request, ` +
    'SignedHeaders=content-type;host;x-amz-date;x-amz-target, Signature=0000'
  );
}

export function defaultHeaders(op: string, region = 'us-east-1') {
  return {
    'Content-Type': 'application/x-amz-json-1.0',
    'X-Amz-Target': op.includes('.') ? op : `AppRunner.${op}`,
    Authorization: sigv4Authorization(region),
  };
}

async function toRaw(response: Response): Promise<RawResponse> {
  const text = await response.text();
  let json: Record<string, unknown> | undefined;
  try {
    json = JSON.parse(text) as Record<string, unknown>;
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** POSTs `body` (an object is sent as JSON, a string as is) to the emulator as operation `op`. */
export async function rawCall(
  url: string,
  op: string,
  body: unknown = {},
  options: RawOptions = {},
): Promise<RawResponse> {
  const response = await fetch(`${url}${options.path ?? '/'}`, {
    method: options.method ?? 'POST',
    headers: options.headers ?? defaultHeaders(op, options.region),
    body:
      options.method === 'GET' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    signal: AbortSignal.timeout(10_000),
  });
  return toRaw(response);
}

/** The error name in an error body, whatever form __type takes. */
export function errorName(response: RawResponse): string | undefined {
  const type = response.json?.__type;
  return typeof type === 'string' ? type.split('#').at(-1)?.split(':')[0] : undefined;
}
