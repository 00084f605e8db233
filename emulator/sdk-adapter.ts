// The SDK in front of the core, with no socket between: a request handler for an AWS SDK client
// in the same process. The SDK's HttpRequest becomes a WireRequest, the core's WireResponse an
// HttpResponse; signing, serialising, retrying and parsing stay the SDK's own. What only a socket
// shows (framing, Content-Length, keep-alive, bodies that stall) is http-adapter.ts's and is not
// exercised this way.
import { HttpResponse, type HttpRequest } from '@smithy/core/transport';
import type { EmulatorCore } from './emulator-core.js';
import type { WireResponse } from './protocol/wire.js';

const encoder = new TextEncoder();

function pathWithQuery(request: HttpRequest): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const one of Array.isArray(value) ? value : [value])
      if (one !== null) query.append(key, one);
  }
  const text = query.toString();
  return text ? `${request.path}?${text}` : request.path;
}

function requestBody(body: unknown): string | Uint8Array {
  if (body === undefined || body === null) return '';
  if (typeof body === 'string' || body instanceof Uint8Array) return body;
  throw new TypeError(
    'the in-process handler takes string or byte bodies (AWS JSON sends no streams)',
  );
}

function lowerCase(headers: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) out[k.toLowerCase()] = v;
  return out;
}

// As node:http would hand it to the SDK: names in lower case, the body as bytes.
function toHttpResponse(answer: WireResponse): { response: HttpResponse } {
  const body = encoder.encode(answer.body ?? '');
  const headers = lowerCase(answer.headers);
  headers['content-length'] = String(body.byteLength);
  return { response: new HttpResponse({ statusCode: answer.status, headers, body }) };
}

/** An SDK client's `requestHandler` that answers from an {@link EmulatorCore} in this process. */
export interface InProcessHandler {
  /** Answers one request, as the SDK's own handlers do. */
  handle(request: HttpRequest): Promise<{ response: HttpResponse }>;
  /** Part of the SDK's handler interface: there is no HTTP client configuration to change. */
  updateHttpClientConfig(): void;
  /** Part of the SDK's handler interface: no HTTP client configuration. */
  httpHandlerConfigs(): Record<string, never>;
}

/** What node:http gives the SDK when a server drops the connection: a transient error it retries. */
function connectionReset(): Error {
  return Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' });
}

/**
 * A request handler that hands an SDK client's requests straight to `core`, in this process.
 * Requests are refused as over HTTP when their body is larger than the emulator allows.
 *
 * @example
 * ```ts
 * import { AppRunnerClient, ListConnectionsCommand } from '@aws-sdk/client-apprunner';
 * import { EmulatorCore, inProcessHandler, resolveOptions } from 'apprunner-connection-conformance/emulator';
 *
 * const core = new EmulatorCore(resolveOptions({}));
 * const client = new AppRunnerClient({
 *   region: 'us-east-1',
 *   credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
 *   requestHandler: inProcessHandler(core),
 * });
 * await client.send(new ListConnectionsCommand({}));
 * ```
 */
export function inProcessHandler(core: EmulatorCore): InProcessHandler {
  return {
    async handle(request: HttpRequest): Promise<{ response: HttpResponse }> {
      const body = requestBody(request.body);
      const size = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
      const headers: Record<string, string> = lowerCase(request.headers);
      const answer =
        size > core.maxBodyBytes
          ? core.unreadableBody('too-large')
          : await core.handle({
              method: request.method,
              path: pathWithQuery(request),
              headers,
              body,
            });
      if (answer.dropped) throw connectionReset();
      return toHttpResponse(answer);
    },
    updateHttpClientConfig(): void {},
    httpHandlerConfigs(): Record<string, never> {
      return {};
    },
  };
}
