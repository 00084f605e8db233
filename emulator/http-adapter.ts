// node:http in front of the core: reads bodies within limits, maps node:http requests to
// WireRequests and WireResponses back, and answers even unparseable HTTP with an AWS-style 4xx.
import { randomUUID } from 'node:crypto';
import {
  createServer,
  STATUS_CODES,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import type { EmulatorCore } from './emulator-core.js';
import { MAX_TIMER_MS, type EmulatorSettings } from './options.js';
import { protocolError } from './protocol/service-error.js';
import type { WireResponse } from './protocol/wire.js';
import { isLingering, lingeringClose } from './linger.js';
import { readBody } from './read-body.js';

/** How long a closing socket may go without data before it is dropped. */
const QUIET_MS = 1000;

const closeSocket = (socket: Duplex, settings: EmulatorSettings): void =>
  lingeringClose(socket, Math.min(QUIET_MS, settings.bodyTimeoutMs), settings.bodyTimeoutMs);

function send(res: ServerResponse, response: WireResponse, close: boolean): void {
  // A dropped connection (a scheduled fault): the socket closes with no answer at all.
  if (response.dropped) return void res.socket?.destroy();
  const headers = response.headers;
  headers['Content-Length'] = String(
    response.body === undefined ? 0 : Buffer.byteLength(response.body),
  );
  // After a body that was cut short or never came, the connection is not reusable.
  if (close) headers.Connection = 'close';
  res.writeHead(response.status, headers);
  res.end(response.body);
}

// Only a bug in the emulator (or in a hook) gets here: the process must survive it.
function lastResort(res: ServerResponse, error: unknown): void {
  process.stderr.write(
    `emulator: internal error: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  if (res.headersSent) return void res.destroy();
  const body =
    '{"__type":"com.amazonaws.apprunner#InternalServiceErrorException","Message":"An internal error occurred."}';
  res.writeHead(500, {
    'Content-Type': 'application/x-amz-json-1.0',
    'x-amzn-RequestId': randomUUID(),
    Connection: 'close',
  });
  res.end(body);
}

/**
 * Responses still to be sent on a socket. A parse error after a pipelined request is answered
 * only once that request's response has gone out: answering it at once closed the socket first,
 * and the valid request lost its answer.
 */
interface InFlight {
  responses: number;
  whenDone: (() => void) | undefined;
}
const inFlight = new WeakMap<Duplex, InFlight>();

function track(req: IncomingMessage, res: ServerResponse): void {
  const socket = req.socket;
  let state = inFlight.get(socket);
  if (!state) inFlight.set(socket, (state = { responses: 0, whenDone: undefined }));
  const tracked = state;
  tracked.responses++;
  // 'close' follows 'finish', and also comes when the socket goes away mid-response.
  res.once('close', () => {
    if (--tracked.responses > 0 || !tracked.whenDone) return;
    const then = tracked.whenDone;
    tracked.whenDone = undefined;
    then();
  });
}

function serve(
  core: EmulatorCore,
  settings: EmulatorSettings,
  req: IncomingMessage,
  res: ServerResponse,
) {
  res.on('error', () => undefined); // the client went away; nothing left to answer
  track(req, res);
  readBody(req, settings, (body) => {
    if (body.kind === 'aborted') return;
    try {
      const response =
        body.kind === 'body'
          ? core.handle({
              method: req.method ?? '',
              path: req.url ?? '',
              headers: req.headers as Record<string, string | undefined>,
              body: body.bytes,
            })
          : core.unreadableBody(body.kind);
      const close = body.kind !== 'body';
      if (response instanceof Promise) {
        response.then((r) => send(res, r, close)).catch((error: unknown) => lastResort(res, error));
      } else {
        send(res, response, close);
      }
    } catch (error) {
      lastResort(res, error);
    }
  });
}

/** An Expect other than 100-continue: 417 with an AWS JSON body once the body is read. */
function refuseExpectation(
  core: EmulatorCore,
  settings: EmulatorSettings,
  req: IncomingMessage,
  res: ServerResponse,
): void {
  res.on('error', () => undefined);
  track(req, res);
  readBody(req, settings, (body) => {
    if (body.kind === 'aborted') return;
    const e = protocolError(
      'SerializationException',
      'The Expect header can only be 100-continue.',
      417,
    );
    send(res, core.errorResponse(e), true);
  });
}

/**
 * HTTP the parser rejects (bad header bytes, oversized headers) still gets a JSON 4xx, and so does
 * a request whose headers stall past the timeout (node reports it here, not to the handler).
 */
function answerClientError(
  core: EmulatorCore,
  settings: EmulatorSettings,
  error: NodeJS.ErrnoException,
  socket: Duplex,
) {
  // Once answered, the parser's further complaints about the same stream change nothing.
  if (isLingering(socket)) return;
  if (!socket.writable || error.code === 'ECONNRESET') return void socket.destroy();
  const state = inFlight.get(socket);
  if (state && state.responses > 0) {
    state.whenDone ??= () => answerClientError(core, settings, error, socket);
    return;
  }
  const e =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? protocolError(
          'RequestTimeoutException',
          `The request did not arrive within ${settings.bodyTimeoutMs} ms.`,
        )
      : protocolError(
          'SerializationException',
          'The request is not well-formed HTTP.',
          error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400,
        );
  const response = core.errorResponse(e);
  const body = Buffer.from(response.body ?? '', 'utf8');
  const head = Object.entries({
    ...response.headers,
    'Content-Length': String(body.length),
    Connection: 'close',
  })
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  // The reason phrase names the status: 400, 408 and 431 come this way, and hooks may change it.
  const reason = STATUS_CODES[response.status] ?? 'Unknown';
  socket.write(
    Buffer.concat([Buffer.from(`HTTP/1.1 ${response.status} ${reason}\r\n${head}\r\n`), body]),
  );
  closeSocket(socket, settings);
}

export function createHttpServer(core: EmulatorCore, settings: EmulatorSettings): Server {
  const timeout = settings.bodyTimeoutMs;
  const server = createServer(
    {
      // Headers get the same time as a body: a client stalling inside them is answered 408 by
      // answerClientError within the timeout plus one check interval, instead of node's defaults
      // (60 s of headers, checked every 30 s). Node only checks at this interval, so it is kept
      // well below the timeout, and at most a second so long timeouts are still met closely.
      headersTimeout: timeout,
      // Headers plus body, each within the timeout, plus one check: node's own whole-request
      // limit never fires before readBody's timer, which answers a stalled body itself.
      requestTimeout: Math.min(2 * timeout + 1000, MAX_TIMER_MS),
      connectionsCheckingInterval: Math.max(1, Math.min(1000, Math.floor(timeout / 2))),
    },
    (req, res) => serve(core, settings, req, res),
  );
  server.on('clientError', (error: NodeJS.ErrnoException, socket) =>
    answerClientError(core, settings, error, socket),
  );
  // node closes a socket after an answer that ends the connection with destroySoon, which resets
  // it if the client is still sending: it closes lingering instead.
  server.on('connection', (socket: Socket) => {
    socket.destroySoon = () => closeSocket(socket, settings);
  });
  server.on('checkExpectation', (req, res) => refuseExpectation(core, settings, req, res));
  // Past the cap node closes a new socket at once, before it costs a parser or a file for long.
  server.maxConnections = settings.maxSockets;
  // An idle keep-alive socket is closed after this; a new one waits at most the header timeout.
  server.keepAliveTimeout = settings.idleTimeoutMs;
  return server;
}
