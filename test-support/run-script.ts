// Runs one of cli/*.ts as a user would (a child process through tsx) and captures its output.
import { spawn, spawnSync } from 'node:child_process';
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

/**
 * As runScript, without blocking the test's worker, and writing each line the script prints on
 * stdout to stderr as it comes, after `label`: a run of many minutes shows where it is instead of
 * staying silent until it ends.
 */
export function runScriptShowingProgress(
  script: string,
  args: string[],
  label: string,
  timeoutMs = 60_000,
): Promise<ScriptResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', `cli/${script}`, ...args], {
    cwd: PROJECT_ROOT,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: timeoutMs,
  });
  let stdout = '';
  let stderr = '';
  let partial = '';
  child.stdout.on('data', (d: Buffer) => {
    stdout += d.toString();
    const lines = (partial + d.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) if (line.trim()) process.stderr.write(`${label}: ${line}\n`);
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}
