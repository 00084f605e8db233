// The emulator command's --fault flag: OPERATION:KIND[=ARG][:count=N|:fraction=F][:match.MEMBER=V],
// for example CreateConnection:error (one InternalServiceErrorException),
// ListConnections:delay=500:count=3, '*:throttling:fraction=0.25', DeleteConnection:drop,
// TagResource:error=InvalidStateException. The emulator checks the spec it makes; only the
// form of the flag is judged here.
import { UsageError } from './command.js';

export const FAULT_FLAG_FORM =
  'OPERATION:KIND[=ARG][:count=N|:fraction=F][:match.MEMBER=VALUE] (KIND error[=NAME], throttling, delay=MS, drop)';

/** A number as typed; text that is none stays text, so the error quotes what was typed. */
const numberOrText = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

export function faultOfFlag(flag: string): Record<string, unknown> {
  const [operation, kindPart, ...options] = flag.split(':');
  if (!operation || !kindPart) throw new UsageError(`--fault ${flag}: expected ${FAULT_FLAG_FORM}`);
  const [kind, argument] = kindPart.split('=', 2) as [string, string | undefined];
  const spec: Record<string, unknown> = { operation, kind };
  if (argument !== undefined) {
    if (kind === 'error') spec.error = argument;
    else if (kind === 'delay') spec.delayMs = numberOrText(argument);
    else throw new UsageError(`--fault ${flag}: ${kind} takes no =ARG`);
  }
  const match: Record<string, string> = {};
  for (const option of options) {
    const at = option.indexOf('=');
    const key = at < 0 ? option : option.slice(0, at);
    const value = at < 0 ? '' : option.slice(at + 1);
    if (key === 'count' || key === 'fraction') spec[key] = numberOrText(value);
    else if (key.startsWith('match.') && key.length > 'match.'.length) match[key.slice(6)] = value;
    else
      throw new UsageError(
        `--fault ${flag}: unknown option "${option}"; expected ${FAULT_FLAG_FORM}`,
      );
  }
  if (Object.keys(match).length > 0) spec.match = match;
  return spec;
}
