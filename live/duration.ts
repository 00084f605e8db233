// Durations on the command line: 30s, 15m, 1h, 2d.
import { InputError } from '../common/input-error.js';

const UNITS: Record<string, number> = { s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };

export function parseDuration(flag: string, raw: string): number {
  const m = /^(\d+)([smhd])$/.exec(raw);
  if (!m) throw new InputError(`--${flag} takes a duration such as 30m, 1h or 2d, got "${raw}"`);
  return Number(m[1]) * (UNITS[m[2] ?? 'h'] ?? 0);
}
