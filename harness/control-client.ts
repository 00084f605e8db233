// The checks' side of a target's control interface (emulator/control/control-api.ts): finish or
// fail a handshake, schedule a fault. Only a target that declares the interface (--control, or
// the embedded emulator) is driven this way; checks that need it are not covered elsewhere.
import type { FaultSpec } from '../emulator/index.js';
import type { TargetConfig } from './target-config.js';

/** Why a check that needs the control interface verifies nothing on this target. */
export const NO_CONTROL_REASON =
  'the target declares no control interface (--control URL; the reference emulator has one at ENDPOINT/_emulator), and no AWS call completes a handshake or provokes this error';

const CONTROL_TIMEOUT_MS = 10_000;

export interface TargetControl {
  setStatus(arn: string, status: 'AVAILABLE' | 'ERROR'): Promise<void>;
  injectFault(fault: FaultSpec): Promise<void>;
}

async function post(base: string, route: string, body: unknown): Promise<void> {
  const response = await fetch(`${base}/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS),
  });
  // A control call that fails is the harness's problem, not a conformance failure of the target.
  if (!response.ok)
    throw new Error(
      `control ${route} answered HTTP ${response.status}: ${(await response.text()).slice(0, 200)}`,
    );
}

/** The target's control interface, or undefined when it declares none. */
export function targetControl(config: Pick<TargetConfig, 'control'>): TargetControl | undefined {
  const base = config.control?.replace(/\/+$/, '');
  if (base === undefined) return undefined;
  return {
    setStatus: (arn, status) => post(base, 'handshake', { ConnectionArn: arn, Status: status }),
    injectFault: (fault) => post(base, 'faults', fault),
  };
}

/** Whether `url` answers as a control interface: GET it names itself. */
export async function answersAsControl(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url.replace(/\/+$/, '')}/`, {
      signal: AbortSignal.timeout(CONTROL_TIMEOUT_MS),
    });
    const body = (await response.json()) as { control?: unknown };
    return response.ok && typeof body.control === 'string';
  } catch {
    return false;
  }
}
