// The emulator without a transport: a WireRequest in, a WireResponse out. Framing, dispatch,
// validation, the operation, and the rendering of its result or error all happen here.
import type { OperationName } from '../contract/index.js';
import { behaviourFor } from './behaviour/compose.js';
import type { Behaviour } from './behaviour/behaviour.js';
import { NextTokenCodec } from './next-token.js';
import { HANDLERS } from './operations/index.js';
import type { EmulatorSettings } from './options.js';
import { decodeRequest, type DecodedRequest } from './protocol/decode-request.js';
import { EmulatorControl } from './control/control.js';
import { handleControl, isControlPath } from './control/control-api.js';
import type { FaultSpec } from './control/faults.js';
import { newRequestId } from './protocol/request-id.js';
import {
  internalError,
  modeledError,
  protocolError,
  ServiceError,
  throttlingError,
} from './protocol/service-error.js';
import type { WireRequest, WireResponse } from './protocol/wire.js';
import { seedConnections } from './seed-connections.js';
import { Stores } from './stores.js';
import { validateInput } from './validate-input.js';

/** Messages of the errors a fault answers: what the service's own answers would say. */
const FAULT_MESSAGES: Partial<Record<string, string>> = {
  InternalServiceErrorException: 'An internal service error occurred.',
  InvalidStateException: 'The resource is not in a state that allows this request.',
  ServiceQuotaExceededException: 'You have reached the quota for this resource.',
  ResourceNotFoundException: 'The resource does not exist.',
  InvalidRequestException: 'The request is not valid.',
};

/**
 * The emulator without sockets: one instance holds one account's connections per Region and
 * answers {@link WireRequest}s, for tests that want to drive it in-process.
 *
 * @example
 * ```ts
 * import { EmulatorCore, resolveOptions } from 'apprunner-connection-conformance/emulator';
 *
 * const core = new EmulatorCore(resolveOptions({}));
 * const answer = await core.handle({
 *   method: 'POST',
 *   path: '/',
 *   headers: {
 *     'content-type': 'application/x-amz-json-1.0',
 *     'x-amz-target': 'AppRunner.ListConnections',
 *     // Any SigV4 header will do (signatures are not verified); without one the answer is 403.
 *     authorization:
 *       'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/apprunner/aws4_request, SignedHeaders=host, Signature=0',
 *   },
 *   body: '{}',
 * });
 * // answer: { status: 200, body: '{"ConnectionSummaryList":[]}', ... }
 * ```
 */
export class EmulatorCore {
  readonly #behaviour: Behaviour;
  readonly #stores: Stores;
  readonly #tokens = new NextTokenCodec();
  /** Handshakes, faults and reset: what a test can do that no AWS call can (control/control.ts). */
  readonly control: EmulatorControl;

  /**
   * @param settings - Resolved options ({@link resolveOptions}).
   * @param onInternalError - Told of every unexpected exception (answered 500); by default nothing.
   */
  constructor(
    private readonly settings: EmulatorSettings,
    private readonly onInternalError: (error: unknown) => void = () => undefined,
  ) {
    const behaviour = (this.#behaviour = behaviourFor(settings));
    const stores = (this.#stores = new Stores(settings.maxRegions, (store, region) => {
      behaviour.seedScope(store, region);
      seedConnections(behaviour, settings.accountId, store, region, {
        count: settings.preexistingConnections,
        prefix: 'existing',
        status: 'PENDING_HANDSHAKE',
      });
    }));
    this.control = new EmulatorControl(stores);
    for (const fault of settings.faults) this.control.injectFault(fault);
  }

  /** The largest request body answered; a transport refuses larger ones with {@link EmulatorCore.unreadableBody}. */
  get maxBodyBytes(): number {
    return this.settings.maxBodyBytes;
  }

  /**
   * Answers one request. Synchronous when the operation is (every faithful one is): no promise
   * per request on the common path. Requests under /_emulator/ go to the control interface.
   */
  handle(request: WireRequest): WireResponse | Promise<WireResponse> {
    if (this.settings.control && isControlPath(request.path))
      return handleControl(this.control, request);
    const requestId = newRequestId();
    try {
      const decoded = decodeRequest(request, this.#behaviour);
      const faults = this.control.faults;
      const fault = faults.empty ? undefined : faults.take(decoded.operation.name, decoded.input);
      return fault
        ? this.#faulted(fault, requestId, () => this.#answer(decoded, requestId))
        : this.#answer(decoded, requestId);
    } catch (error) {
      return this.errorResponse(error, requestId);
    }
  }

  #answer(
    { operation, region, input }: DecodedRequest,
    requestId: string,
  ): WireResponse | Promise<WireResponse> {
    try {
      validateInput(this.#behaviour, operation.input, input);
      const callerRegion = region ?? this.settings.defaultRegion;
      const output = HANDLERS[operation.name](input as never, {
        store: this.#stores.of(this.settings.accountId, callerRegion),
        stores: this.#stores,
        limits: this.settings,
        accountId: this.settings.accountId,
        region: callerRegion,
        quota: this.settings.connectionQuota,
        behaviour: this.#behaviour,
        tokens: this.#tokens,
      });
      return output instanceof Promise
        ? output.then(
            (o) => this.#success(operation.name, o, requestId),
            (error: unknown) => this.errorResponse(error, requestId),
          )
        : this.#success(operation.name, output, requestId);
    } catch (error) {
      return this.errorResponse(error, requestId);
    }
  }

  /** A call a scheduled fault took (control/faults.ts). */
  #faulted(
    fault: FaultSpec,
    requestId: string,
    answer: () => WireResponse | Promise<WireResponse>,
  ): WireResponse | Promise<WireResponse> {
    switch (fault.kind) {
      case 'error': {
        const name = fault.error ?? 'InternalServiceErrorException';
        return this.errorResponse(
          modeledError(name, FAULT_MESSAGES[name] ?? `${name}.`),
          requestId,
        );
      }
      case 'throttling':
        return this.errorResponse(throttlingError(), requestId);
      case 'drop':
        return { status: 0, headers: {}, body: undefined, dropped: true };
      case 'delay':
        return new Promise<void>((resolve) => setTimeout(resolve, fault.delayMs ?? 0)).then(answer);
    }
  }

  #success(op: OperationName, output: object, requestId: string): WireResponse {
    const { status, body } = this.#behaviour.successResponse(op, output);
    const auto = this.settings.autoHandshake;
    if (auto && op === 'CreateConnection') {
      const arn = (output as { Connection?: { ConnectionArn?: unknown } }).Connection
        ?.ConnectionArn;
      if (typeof arn === 'string') this.control.handshakeLater(arn, auto.status, auto.afterMs);
    }
    return { status, headers: this.#behaviour.responseHeaders({ requestId }), body };
  }

  /**
   * The answer to a body that could not be read: over the size limit, or not arrived in time.
   * Every transport refuses the same bodies the same way.
   */
  unreadableBody(reason: 'too-large' | 'timeout'): WireResponse {
    return this.errorResponse(
      reason === 'too-large'
        ? protocolError(
            'RequestEntityTooLargeException',
            `The request body exceeds ${this.settings.maxBodyBytes} bytes.`,
          )
        : protocolError(
            'RequestTimeoutException',
            `The request body did not arrive within ${this.settings.bodyTimeoutMs} ms.`,
          ),
    );
  }

  /** The response for an error, including ones raised before a request could be decoded. */
  errorResponse(error: unknown, requestId = newRequestId()): WireResponse {
    if (!(error instanceof ServiceError)) this.onInternalError(error);
    const e = error instanceof ServiceError ? error : internalError();
    const status = this.#behaviour.errorStatus(e);
    let headers = this.#behaviour.responseHeaders({ requestId, error: e });
    // RFC 9110 (15.5.6) requires a 405 to name the methods allowed; AWS JSON has only POST. A copy,
    // not an edit: a hook may hand out the same object every time.
    if (status === 405) headers = { ...headers, Allow: 'POST' };
    return { status, headers, body: JSON.stringify(this.#behaviour.errorBody(e)) };
  }
}
