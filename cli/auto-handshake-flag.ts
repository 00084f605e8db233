// The emulator command's --auto-handshake STATUS[:MS] flag, e.g. AVAILABLE or ERROR:500. The
// emulator checks the status and the delay; only the form of the flag is judged here.
import type { AutoHandshake } from '../emulator/index.js';
import { UsageError } from './command.js';

export function autoHandshakeOfFlag(flag: string | undefined): AutoHandshake | undefined {
  if (flag === undefined) return undefined;
  const [status, afterMs, more] = flag.split(':');
  if (more !== undefined || (afterMs !== undefined && !/^\d+$/.test(afterMs)))
    throw new UsageError(
      `--auto-handshake ${flag}: expected STATUS[:MS], e.g. AVAILABLE or ERROR:500`,
    );
  return {
    status: (status ?? '').toUpperCase() as AutoHandshake['status'],
    ...(afterMs !== undefined && { afterMs: Number(afterMs) }),
  };
}
