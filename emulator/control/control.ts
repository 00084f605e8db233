// What a test can do to an emulator that no AWS call can: finish or fail a connection's handshake
// (real connections stay PENDING_HANDSHAKE until their owner approves them in the console),
// schedule faults, and start over. The same object serves the library (startEmulator().control),
// the HTTP control interface (control-api.ts) and the command's flags.
import type { ConnectionStatus } from '../../contract/index.js';
import type { Stores } from '../stores.js';
import { FaultPlan, type FaultSpec, type ScheduledFault } from './faults.js';

/** A control request that cannot be carried out; `status` is the HTTP status the interface answers. */
export class ControlError extends Error {
  constructor(
    message: string,
    /** The HTTP status the control interface answers it with: 400 or 404. */
    readonly status: number,
  ) {
    super(message);
  }
}

/** The statuses a handshake can leave a connection in. */
export type HandshakeOutcome = Extract<
  ConnectionStatus,
  'AVAILABLE' | 'ERROR' | 'PENDING_HANDSHAKE'
>;
const OUTCOMES: readonly string[] = ['AVAILABLE', 'ERROR', 'PENDING_HANDSHAKE'];

/** The connection a handshake changed, as the control interface answers it. */
export interface HandshakeResult {
  /** The connection's ARN. */
  ConnectionArn: string;
  /** The connection's name. */
  ConnectionName: string;
  /** The status the handshake left it in. */
  Status: HandshakeOutcome;
}

/** The controls of one emulator. */
export class EmulatorControl {
  /** The faults calls are checked against (the core takes them). */
  readonly faults = new FaultPlan();

  constructor(private readonly stores: Stores) {}

  /** Completes the handshake of the live connection `arn`: it becomes AVAILABLE. */
  completeHandshake(arn: string): HandshakeResult {
    return this.setStatus(arn, 'AVAILABLE');
  }

  /** Fails the handshake of the live connection `arn`: it becomes ERROR. */
  failHandshake(arn: string): HandshakeResult {
    return this.setStatus(arn, 'ERROR');
  }

  /** Sets the status of the live connection `arn` (AVAILABLE, ERROR or back to PENDING_HANDSHAKE). */
  setStatus(arn: string, status: unknown): HandshakeResult {
    if (typeof status !== 'string' || !OUTCOMES.includes(status))
      throw new ControlError(
        `Status must be one of ${OUTCOMES.join(', ')}, got ${JSON.stringify(status)}`,
        400,
      );
    const connection = this.stores.findByArn(arn);
    if (!connection) throw new ControlError(`no live connection has the ARN ${arn}`, 404);
    connection.status = status as HandshakeOutcome;
    // Its listing summary shows the status: made again on the next listing.
    connection.summary = undefined;
    return {
      ConnectionArn: connection.arn,
      ConnectionName: connection.name,
      Status: connection.status,
    };
  }

  /**
   * Sets the status of `arn` after `afterMs`, if it is still live then (the autoHandshake
   * option). The timer does not keep the process alive.
   */
  handshakeLater(arn: string, status: HandshakeOutcome, afterMs: number): void {
    setTimeout(() => {
      try {
        this.setStatus(arn, status);
      } catch (error) {
        // Deleted (or reset) before its handshake: nothing left to change.
        if (!(error instanceof ControlError)) throw error;
      }
    }, afterMs).unref();
  }

  /** Schedules a fault; the answer carries its id and what it takes. */
  injectFault(spec: FaultSpec): ScheduledFault {
    return this.faults.add(spec);
  }

  /** The faults still scheduled, with how many calls each has taken. */
  listFaults(): ScheduledFault[] {
    return this.faults.list();
  }

  /** Removes every scheduled fault. */
  clearFaults(): void {
    this.faults.clear();
  }

  /** Back to the start: no faults, and every account and Region as a new emulator has them. */
  reset(): void {
    this.faults.clear();
    this.stores.clear();
  }
}
