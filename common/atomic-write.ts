// Writes a file so that a reader sees either the old content or the new, never a half-written
// file: the content goes to a temporary file in the same directory (so the rename stays on one
// file system, where it is atomic), then replaces the target in one rename. Synchronous, so that
// the fixture recorder can call it where it runs (a file's last hook, a set being synced); the
// reports' writers call it between awaits all the same.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations used, replaceable so a test can make one fail part-way. */
export type WriteIo = Pick<typeof fs, 'writeFileSync' | 'renameSync' | 'rmSync'>;

export function writeFileAtomic(path: string, data: string, io: WriteIo = fs): void {
  // Starts with a dot and ends in .tmp: hidden from listings and ignored by .gitignore.
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    io.writeFileSync(temp, data, { encoding: 'utf8', flag: 'wx' });
    io.renameSync(temp, path);
  } catch (e) {
    io.rmSync(temp, { force: true });
    throw e;
  }
}
