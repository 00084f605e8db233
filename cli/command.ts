// Shared behaviour of every command: user mistakes end in one line on stderr and exit code 2,
// never a stack trace; anything else is a bug and keeps its stack.
import { parseArgs, type ParseArgsConfig } from 'node:util';

// The SDK's notice about future Node versions is not the user's business in this tool's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** A mistake the user can fix: bad flag, missing file, unreachable endpoint. */
export class UsageError extends Error {}

/** The value of the numeric flag --`name`: a positive integer, or `fallback` when not given. */
export function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isSafeInteger(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive integer`);
  return n;
}

/** `message` on one line: line breaks and runs of whitespace become one space. */
export function oneLine(message: string): string {
  return message.replace(/\s+/g, ' ').trim();
}

export function parseFlags<T extends NonNullable<ParseArgsConfig['options']>>(
  command: string,
  options: T,
  argv = process.argv.slice(2),
): ReturnType<
  typeof parseArgs<{ args: string[]; options: T; strict: true; allowPositionals: false }>
> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: false });
  } catch (e) {
    // parseArgs spreads some messages over lines; a usage error is one line.
    throw new UsageError(`${oneLine((e as Error).message)}; run '${command} --help' for the flags`);
  }
}

/** Runs a command body and maps errors to exit codes. */
export async function runCommand(
  command: string,
  body: () => Promise<number> | number,
  userErrors: (new (...a: never[]) => Error)[] = [],
): Promise<void> {
  try {
    process.exitCode = await body();
  } catch (e) {
    if (e instanceof UsageError || userErrors.some((t) => e instanceof t)) {
      // One line whatever the message holds: a parse error may quote input with line breaks.
      process.stderr.write(`${command}: error: ${oneLine((e as Error).message)}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    throw e;
  }
}
