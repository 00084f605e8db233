// Writes a file so that a reader sees either the old content or the new, never a half-written
// file: the content goes to a temporary file in the same directory (so the rename stays on one
// file system, where it is atomic), then replaces the target in one rename.
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations used, replaceable so a test can make one fail part-way. */
export type WriteIo = Pick<typeof fs, 'writeFile' | 'rename' | 'rm'>;

export async function writeFileAtomic(path: string, data: string, io: WriteIo = fs): Promise<void> {
  // Starts with a dot and ends in .tmp: hidden from listings and ignored by .gitignore.
  const temp = join(
    dirname(path),
    `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`,
  );
  try {
    await io.writeFile(temp, data, { encoding: 'utf8', flag: 'wx' });
    await io.rename(temp, path);
  } catch (e) {
    await io.rm(temp, { force: true });
    throw e;
  }
}
