// The shared command behaviour: a user error is one line on stderr and exit code 2, whatever its
// message holds (a JSON parse error quotes the input, line breaks and all); a bug keeps its stack.
import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { InputError } from '../common/input-error.js';
import { parseDuration } from '../live/duration.js';
import { EXIT, UsageError, oneLine, parseFlags, runCommand } from './command.js';

test.each([
  ['a\nb', 'a b'],
  ['a\r\n  b', 'a b'],
  ['a\t\tb  c', 'a b c'],
  ['\n a \n', 'a'],
  ['a\u2028b', 'a b'],
  ['one line', 'one line'],
])('oneLine(%j) is %j', (input, output) => {
  expect(oneLine(input)).toBe(output);
});

let stderr: string[];
let exitCode: typeof process.exitCode;
beforeEach(() => {
  stderr = [];
  exitCode = process.exitCode;
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stderr.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  process.exitCode = exitCode;
});

class ParseError extends Error {}

const thrownBy = (f: () => unknown): Error => {
  try {
    f();
  } catch (e) {
    return e as Error;
  }
  throw new Error('nothing was thrown');
};

test.each([
  ['a UsageError', new UsageError('bad --x\n  use --y')],
  ['an InputError of library code', new InputError('expectations file x.json:\n no such file')],
  ["a library module's own refusal", thrownBy(() => parseDuration('older-than', '3 weeks'))],
  [
    'a user error type of the command',
    new ParseError(`not valid JSON (Unexpected token 'a', "a: 1\nb: 2\n" is not valid JSON)`),
  ],
])('%s spread over lines is printed on one line, exit code 2', async (_name, error) => {
  await runCommand(
    'cmd',
    () => {
      throw error;
    },
    [ParseError],
  );
  expect(process.exitCode).toBe(EXIT.usage);
  expect(stderr).toHaveLength(1);
  expect(stderr[0]).toMatch(/^cmd: error: [^\n]+\n$/);
  expect(stderr[0]).toContain(oneLine(error.message));
});

test('any other error is a bug: it is thrown on, stack and all', async () => {
  const bug = new TypeError('x is undefined');
  await expect(
    runCommand('cmd', () => {
      throw bug;
    }),
  ).rejects.toBe(bug);
  expect(stderr).toEqual([]);
});

test('parseFlags turns an unknown flag into a one-line UsageError', () => {
  let error: unknown;
  try {
    parseFlags('npm run x', { a: { type: 'string' } }, ['--b']);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(UsageError);
  expect((error as Error).message).not.toContain('\n');
  expect((error as Error).message).toContain("run 'npm run x --help'");
});
