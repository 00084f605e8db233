// Raw AWS JSON 1.0 calls for what the SDK cannot send: malformed bodies, wrong member types,
// missing or unknown X-Amz-Target. Signed like the SDK's (SigV4, service apprunner), so a real
// service judges the body rather than refusing the signature; sent through the client's own
// HTTP handler, so they are logged like the SDK's exchanges and a live run's call budget, rate
// limit and retry accounting cover them too.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { AppRunnerClient } from '@aws-sdk/client-apprunner';
import { SignatureV4 } from '@smithy/signature-v4';
import { HttpRequest } from '@smithy/core/transport';
import { StandardRetryStrategy } from '@smithy/core/retry';
import { readBody, type LoggingHttpHandler } from './exchange-log.js';
import { retryableKind, retryErrorType } from '../live/retryable-answer.js';

function bytes(data: string | ArrayBuffer | ArrayBufferView): string | Uint8Array {
  if (typeof data === 'string') return data;
  if (ArrayBuffer.isView(data))
    return new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  return new Uint8Array(data);
}

/** node:crypto behind the interface SignatureV4 expects (a keyed constructor means HMAC). */
class Sha256 {
  private readonly hash: Hash | Hmac;
  constructor(secret?: string | ArrayBuffer | ArrayBufferView) {
    this.hash = secret === undefined ? createHash('sha256') : createHmac('sha256', bytes(secret));
  }
  update(data: string | ArrayBuffer | ArrayBufferView): void {
    this.hash.update(bytes(data));
  }
  digest(): Promise<Uint8Array> {
    return Promise.resolve(this.hash.digest());
  }
}

export interface RawRequest {
  /** X-Amz-Target; null to leave the header out. */
  target: string | null;
  body: string;
  method?: string;
  path?: string;
  contentType?: string | null;
  /** Leave the Authorization header out (an unsigned request). */
  unsigned?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  json: unknown;
}

/** One attempt, through the client's own handler: logged, and within a live run's limits. */
async function attempt(
  client: AppRunnerClient,
  url: URL,
  req: RawRequest,
): Promise<Omit<RawResponse, 'json'>> {
  const headers: Record<string, string> = { host: url.host };
  if (req.contentType !== null)
    headers['content-type'] = req.contentType ?? 'application/x-amz-json-1.0';
  if (req.target !== null) headers['x-amz-target'] = req.target;
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
  // Set and signed as the SDK does: a service may refuse a body sent without a length.
  if (hasBody) headers['content-length'] = String(Buffer.byteLength(req.body));
  const request = new HttpRequest({
    method: req.method ?? 'POST',
    protocol: url.protocol,
    hostname: url.hostname,
    ...(url.port && { port: Number(url.port) }),
    path: url.pathname,
    headers,
    ...(hasBody && { body: req.body }),
  });
  const sent = req.unsigned
    ? request
    : await new SignatureV4({
        credentials: client.config.credentials,
        region: await client.config.region(),
        service: 'apprunner',
        sha256: Sha256,
      }).sign(request);
  const handler = client.config.requestHandler as LoggingHttpHandler;
  const { response } = await handler.handle(HttpRequest.clone(sent));
  const body = (await readBody(response.body)).toString('utf8');
  const responseHeaders: Record<string, string> = {};
  for (const [k, v] of Object.entries(response.headers)) responseHeaders[k.toLowerCase()] = v;
  return { status: response.statusCode, headers: responseHeaders, body };
}

/**
 * A raw call, retried like the SDK's calls: with the client's attempts and the SDK's back-off,
 * on throttling and server errors only (a loopback target gets one attempt).
 */
export async function rawCall(
  client: AppRunnerClient,
  endpoint: string,
  req: RawRequest,
): Promise<RawResponse> {
  const url = new URL(req.path ?? '/', endpoint);
  const strategy = new StandardRetryStrategy(await client.config.maxAttempts());
  let token = await strategy.acquireInitialRetryToken('raw');
  for (;;) {
    const response = await attempt(client, url, req);
    const kind = retryableKind(response);
    if (kind === undefined) {
      strategy.recordSuccess(token);
      return { ...response, json: parsed(response.body) };
    }
    try {
      token = await strategy.refreshRetryTokenForRetry(token, {
        errorType: retryErrorType(kind),
      });
    } catch {
      return { ...response, json: parsed(response.body) }; // out of attempts: the answer stands
    }
    await new Promise((r) => setTimeout(r, token.getRetryDelay()));
  }
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body);
  } catch {
    return undefined;
  }
}
