// The control interface over HTTP, on the emulator's own port under /_emulator/ (off the AWS
// protocol's path: every AWS JSON call is POST /). Plain JSON, no signature: the emulator listens
// on 127.0.0.1 only. Documented in emulator/README.md, "Controlling the emulator".
import type { WireRequest, WireResponse } from '../protocol/wire.js';
import { ControlError, type EmulatorControl } from './control.js';
import { FaultSpecError, type FaultSpec } from './faults.js';

export const CONTROL_PREFIX = '/_emulator/';

/** Whether `path` (with any query) is the control interface's. */
export const isControlPath = (path: string): boolean =>
  path.startsWith(CONTROL_PREFIX) || path === '/_emulator';

const answer = (status: number, body: unknown): WireResponse => ({
  status,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const failure = (status: number, message: string): WireResponse => answer(status, { message });

function jsonBody(request: WireRequest): Record<string, unknown> {
  const text =
    typeof request.body === 'string' ? request.body : new TextDecoder().decode(request.body);
  let parsed: unknown = {};
  if (text.trim() !== '') {
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new ControlError('the body must be a JSON object', 400);
    }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
    throw new ControlError('the body must be a JSON object', 400);
  return parsed as Record<string, unknown>;
}

function arnOf(body: Record<string, unknown>): string {
  const arn = body.ConnectionArn;
  if (typeof arn !== 'string' || arn === '')
    throw new ControlError('ConnectionArn (a string) is required', 400);
  return arn;
}

type Route = (control: EmulatorControl, request: WireRequest) => WireResponse;

const ROUTES: Record<string, Partial<Record<string, Route>>> = {
  // What this interface offers: a client can tell a target has it before relying on it.
  '': {
    GET: () =>
      answer(200, {
        control: 'apprunner-connection-emulator',
        version: 1,
        routes: Object.keys(ROUTES).map((r) => `${CONTROL_PREFIX}${r}`),
      }),
  },
  handshake: {
    POST: (control, request) => {
      const body = jsonBody(request);
      const status = body.Status ?? 'AVAILABLE';
      return answer(200, {
        Connection: control.setStatus(arnOf(body), typeof status === 'string' ? status : ''),
      });
    },
  },
  faults: {
    GET: (control) => answer(200, { faults: control.listFaults() }),
    POST: (control, request) =>
      answer(200, { fault: control.injectFault(jsonBody(request) as unknown as FaultSpec) }),
    DELETE: (control) => {
      control.clearFaults();
      return answer(200, {});
    },
  },
  reset: {
    POST: (control) => {
      control.reset();
      return answer(200, {});
    },
  },
};

/** Answers a request to the control interface. */
export function handleControl(control: EmulatorControl, request: WireRequest): WireResponse {
  const route =
    request.path
      .split('?')[0]
      ?.replace(/^\/_emulator\/?/, '')
      .replace(/\/$/, '') ?? '';
  const methods = ROUTES[route];
  if (!methods) return failure(404, `no control route ${request.path}; see GET ${CONTROL_PREFIX}`);
  const handler = methods[request.method];
  if (!handler) {
    const response = failure(405, `${request.path} takes ${Object.keys(methods).join(', ')}`);
    response.headers.allow = Object.keys(methods).join(', ');
    return response;
  }
  try {
    return handler(control, request);
  } catch (error) {
    if (error instanceof ControlError) return failure(error.status, error.message);
    if (error instanceof FaultSpecError) return failure(400, error.message);
    throw error;
  }
}
