// Raw AWS JSON 1.0 calls for what the SDK cannot send: malformed bodies, wrong member types,
// missing or unknown X-Amz-Target. Signed like the SDK's (SigV4, service apprunner), so a real
// service judges the body rather than refusing the signature; logged like the SDK's exchanges.
import { createHash, createHmac, type Hash, type Hmac } from 'node:crypto';
import type { AppRunnerClient } from '@aws-sdk/client-apprunner';
import { SignatureV4 } from '@smithy/signature-v4';
import type { Exchange, ExchangeLog } from './exchange-log.js';

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

export async function rawCall(
  client: AppRunnerClient,
  log: ExchangeLog,
  endpoint: string,
  req: RawRequest,
): Promise<RawResponse> {
  const url = new URL(req.path ?? '/', endpoint);
  const headers: Record<string, string> = { host: url.host };
  if (req.contentType !== null)
    headers['content-type'] = req.contentType ?? 'application/x-amz-json-1.0';
  if (req.target !== null) headers['x-amz-target'] = req.target;
  let sent = headers;
  if (!req.unsigned) {
    const signer = new SignatureV4({
      credentials: client.config.credentials,
      region: await client.config.region(),
      service: 'apprunner',
      sha256: Sha256,
    });
    const signed = await signer.sign({
      method: req.method ?? 'POST',
      protocol: url.protocol,
      hostname: url.hostname,
      port: url.port ? Number(url.port) : undefined,
      path: url.pathname,
      query: {},
      headers,
      body: req.body,
    });
    sent = signed.headers;
  }
  const sentAt = Date.now();
  const res = await fetch(url, {
    method: req.method ?? 'POST',
    headers: Object.fromEntries(Object.entries(sent).filter(([k]) => k !== 'host')),
    ...(req.method !== 'GET' && req.method !== 'HEAD' && { body: req.body }),
  });
  const body = await res.text();
  const response = { status: res.status, headers: Object.fromEntries(res.headers), body };
  const exchange: Exchange = {
    operation: (req.target ?? '').replace(/^.*\./, ''),
    request: {
      headers: Object.fromEntries(
        Object.entries(headers).filter(([k]) => k === 'x-amz-target' || k === 'content-type'),
      ),
      body: req.body,
    },
    response,
    sentAt,
    receivedAt: Date.now(),
  };
  log.add(exchange);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    json = undefined;
  }
  return { ...response, json };
}
