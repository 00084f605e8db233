// `npm run emulator -- ARGS` as a CI job starts it: in a process group of its own, so that
// whatever it leaves can be killed by the group's id, with its output collected.
import { spawn, type ChildProcess } from 'node:child_process';
import { PROJECT_ROOT } from '../common/project-root.js';

export interface NpmEmulator {
  npm: ChildProcess;
  /** npm's exit code, once it has exited. */
  exited: Promise<number | null>;
  out(): string;
  err(): string;
  /** Kills the whole process group; safe when it is gone already. */
  killGroup(): void;
}

export function npmEmulator(args: string[]): NpmEmulator {
  const npm = spawn('npm', ['run', '--silent', 'emulator', '--', ...args], {
    cwd: PROJECT_ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  npm.stdout?.on('data', (d: Buffer) => (stdout += d.toString()));
  npm.stderr?.on('data', (d: Buffer) => (stderr += d.toString()));
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  return {
    npm,
    exited,
    out: () => stdout,
    err: () => stderr,
    killGroup: () => {
      try {
        process.kill(-(npm.pid ?? 0), 'SIGKILL');
      } catch {
        // The group is gone already: nothing was left behind.
      }
    },
  };
}

/** Whether `condition` holds within `ms`, asked every 50 ms. */
export async function until(
  condition: () => Promise<boolean> | boolean,
  ms: number,
): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
