// Runs one of cli/*.ts as a user would (a child process through tsx) and captures its output.
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from '../common/project-root.js';

export interface ScriptResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = {},
  timeoutMs = 60_000,
): ScriptResult {
  const r = spawnSync(process.execPath, ['--import', 'tsx', `cli/${script}`, ...args], {
    cwd: PROJECT_ROOT,
    encoding: 'utf8',
    env: { ...process.env, ...env },
    timeout: timeoutMs,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
