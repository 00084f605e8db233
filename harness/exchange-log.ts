// Every HTTP exchange an SDK client makes, as sent and as received. The suites read it for wire
// checks (headers, raw error bodies), failure reports show it, and --record turns it into fixtures.
// Credentials never enter it: signing headers are dropped on the way in.
import type { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { noteInScope } from './exchange-scope.js';

export interface Exchange {
  operation: string;
  request: { headers: Record<string, string>; body: string };
  response: { status: number; headers: Record<string, string>; body: string };
  /** Epoch milliseconds when the request left and the response was complete. */
  sentAt: number;
  receivedAt: number;
}

/** Request headers worth keeping: the rest are signing material or transport detail. */
const KEPT_REQUEST_HEADERS = new Set(['x-amz-target', 'content-type']);

export class ExchangeLog {
  readonly entries: Exchange[] = [];

  add(exchange: Exchange): void {
    this.entries.push(exchange);
    noteInScope(exchange);
  }

  /** A position to read from later with since(). */
  mark(): number {
    return this.entries.length;
  }

  since(mark: number): Exchange[] {
    return this.entries.slice(mark);
  }
}

function lowerCaseHeaders(headers: Record<string, string | string[] | undefined>) {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) {
    if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  }
  return out;
}

/** The whole response body, read with plain events: an async iterator costs more per call. */
export async function readBody(body: unknown): Promise<Buffer> {
  if (body === undefined || body === null) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body);
  // A view of the same bytes, not a copy: raw calls read the body this handler handed on.
  if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  const stream = body as Readable;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer | string) => chunks.push(Buffer.from(chunk)));
  // Rejects when the stream fails or closes before its end, as the iterator did.
  await finished(stream);
  return Buffer.concat(chunks);
}

const decoder = new TextDecoder();

/** The request body as text: the SDK hands over a string or bytes for JSON protocols. */
function bodyText(body: unknown): string {
  if (typeof body === 'string') return body;
  // Decoded as bytes: Buffer.from() would call the SDK body's valueOf(), which it warns about.
  if (body instanceof Uint8Array) return decoder.decode(body);
  return '';
}

export interface AttemptHooks {
  /** Runs before every HTTP attempt, retries included (a live run's budget and rate limit). */
  beforeSend?: () => Promise<void>;
  /** Runs after every answer, retries included (a live run counts the retried ones). */
  afterAnswer?: (exchange: Exchange) => void;
}

type HandlerRequest = Parameters<NodeHttpHandler['handle']>[0];
type HandlerAnswer = Awaited<ReturnType<NodeHttpHandler['handle']>>;

/** A handler that answers without sockets: the embedded emulator's (emulator/sdk-adapter.ts). */
export interface InProcessTransport {
  handle(request: HandlerRequest): Promise<HandlerAnswer>;
}

/**
 * The SDK's own Node handler, with every exchange copied into a log. While `inProcess` is set,
 * requests go to it instead of over HTTP, and are logged the same way.
 */
export class LoggingHttpHandler extends NodeHttpHandler {
  inProcess: InProcessTransport | undefined;

  constructor(
    private readonly log: ExchangeLog,
    private readonly hooks: AttemptHooks = {},
  ) {
    super();
  }

  override async handle(
    request: HandlerRequest,
    options?: Parameters<NodeHttpHandler['handle']>[1],
  ): Promise<HandlerAnswer> {
    await this.hooks.beforeSend?.();
    const sentAt = Date.now();
    const requestHeaders = lowerCaseHeaders(request.headers);
    const { response } = this.inProcess
      ? await this.inProcess.handle(request)
      : await super.handle(request, options);
    const body = await readBody(response.body);
    // Handed on as bytes, which the SDK and raw calls read as they are, rather than as a new
    // stream to drain again.
    response.body = body;
    const exchange: Exchange = {
      operation: (requestHeaders['x-amz-target'] ?? '').replace(/^.*\./, ''),
      request: {
        headers: Object.fromEntries(
          Object.entries(requestHeaders).filter(([k]) => KEPT_REQUEST_HEADERS.has(k)),
        ),
        body: bodyText(request.body),
      },
      response: {
        status: response.statusCode,
        headers: lowerCaseHeaders(response.headers),
        body: body.toString('utf8'),
      },
      sentAt,
      receivedAt: Date.now(),
    };
    this.log.add(exchange);
    this.hooks.afterAnswer?.(exchange);
    return { response };
  }
}
