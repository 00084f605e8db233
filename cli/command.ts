// Shared behaviour of every command: user mistakes end in one line on stderr and exit code 2,
// never a stack trace; anything else is a bug and keeps its stack.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { InputError } from '../common/input-error.js';
import { parsePositiveNumber, parseWholeNumber } from '../common/parse-number.js';

// The SDK's notice about future Node versions is not the user's business in this tool's output.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

/** unverified: the gate found nothing broken but could not verify every MUST requirement. */
export const EXIT = { ok: 0, failed: 1, usage: 2, unverified: 3 } as const;

/** A mistake in how a command was called (a bad flag); library code throws InputError itself. */
export class UsageError extends InputError {}

/** The whole-number flag --`name` (at least `min`), or undefined when not given. */
export function wholeNumberFlag(
  name: string,
  raw: string | undefined,
  min = 1,
): number | undefined {
  if (raw === undefined) return undefined;
  const n = parseWholeNumber(raw, min);
  if (n === undefined)
    throw new UsageError(
      `--${name} must be a whole number${min > 0 ? ` of at least ${min}` : ''}, got "${raw}"`,
    );
  return n;
}

/** The numeric flag --`name` (any number above zero, such as a rate), or undefined. */
export function positiveNumberFlag(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  const n = parsePositiveNumber(raw);
  if (n === undefined) throw new UsageError(`--${name} must be a number above zero, got "${raw}"`);
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
    if (e instanceof InputError || userErrors.some((t) => e instanceof t)) {
      // One line whatever the message holds: a parse error may quote input with line breaks.
      process.stderr.write(`${command}: error: ${oneLine((e as Error).message)}\n`);
      process.exitCode = EXIT.usage;
      return;
    }
    throw e;
  }
}
