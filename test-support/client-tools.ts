// The client tools the emulator's tests drive besides the JS SDK: python3 with boto3, and the AWS
// CLI. Without one the tests that need it skip and say why, unless its REQUIRE_ variable is 1
// (CI sets both), which makes them fail instead: a CI run must not pass without them unnoticed.
import { spawnSync } from 'node:child_process';
import type { TestContext } from 'vitest';

/** Why boto3 cannot be used, or undefined when it can. */
export function boto3Missing(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import boto3'], {
    encoding: 'utf8',
    timeout: 20_000,
    env,
  });
  if (probe.error) return `python3 is not runnable (${probe.error.message})`;
  if (probe.status === 0) return undefined;
  // Python's last line names the exception, e.g. "ModuleNotFoundError: No module named 'boto3'".
  const last = probe.stderr.trim().split('\n').at(-1)?.trim();
  return `python3 cannot import boto3 (${last || `exit code ${String(probe.status)}`})`;
}

/** Why the AWS CLI cannot be used, or undefined when it can. */
export function awsCliMissing(): string | undefined {
  const probe = spawnSync('aws', ['--version'], { encoding: 'utf8', timeout: 30_000 });
  if (probe.error) return `aws is not runnable (${probe.error.message})`;
  if (probe.status === 0) return undefined;
  const last = `${probe.stderr}`.trim().split('\n').at(-1)?.trim();
  return `aws --version failed (${last || `exit code ${String(probe.status)}`})`;
}

export interface ClientTool {
  /** Why the tool cannot be used, or undefined when it can. */
  missing: string | undefined;
  /** At a test's start: skips it without the tool, or fails it when the tool is required. */
  needIn(context: TestContext): void;
}

/**
 * A tool for the tests of `file`: `variable` unset, empty or 0 skips without it, 1 fails; anything
 * else is a mistake. Says once, on stderr, that the file's tests are skipped and how to fix it.
 */
export function clientTool(
  file: string,
  variable: string,
  install: string,
  probe: () => string | undefined,
): ClientTool {
  const value = process.env[variable] ?? '';
  if (value !== '' && value !== '0' && value !== '1')
    throw new Error(`${file}: ${variable} must be 0 or 1, got "${value}"`);
  const required = value === '1';
  const missing = probe();
  if (missing !== undefined && !required)
    process.stderr.write(
      `${file}: SKIPPED, ${missing}; install ${install}, or set ${variable}=1 to make this a failure\n`,
    );
  return {
    missing,
    needIn(context) {
      if (missing === undefined) return;
      if (required)
        throw new Error(
          `${variable}=1 but ${missing}; install ${install}, or set ${variable}=0 to skip`,
        );
      // The note reaches reporters: the summary line reporter prints it with the test's name.
      context.skip(missing);
    },
  };
}
