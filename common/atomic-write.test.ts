import * as fs from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeFileAtomic, type WriteIo } from './atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const OLD = 'the previous report\n';
const NEW = `${'new content '.repeat(1000)}\n`;

describe('writeFileAtomic', () => {
  test('writes the file and leaves nothing else behind', async () => {
    writeFileAtomic(join(dir, 'report.json'), NEW);
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe(NEW);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  test('replaces a previous file', async () => {
    await writeFile(join(dir, 'report.json'), OLD);
    writeFileAtomic(join(dir, 'report.json'), NEW);
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe(NEW);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  // Writes half of what it is given to the path it is given, then fails like a full disk: a
  // writer that wrote straight to report.json would leave half a report there.
  const halfThenFail: WriteIo = {
    ...fs,
    writeFileSync: (path, data) => {
      fs.writeFileSync(path, (data as string).slice(0, NEW.length / 2));
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    },
  };
  const renameFails: WriteIo = {
    ...fs,
    renameSync: () => {
      throw new Error('EXDEV: cross-device link not permitted');
    },
  };

  test.each([
    ['a write that fails part-way', halfThenFail, /ENOSPC/],
    ['a failed rename', renameFails, /EXDEV/],
  ])('%s leaves the previous file whole and no temporary file', async (_what, io, error) => {
    await writeFile(join(dir, 'report.json'), OLD);
    expect(() => writeFileAtomic(join(dir, 'report.json'), NEW, io)).toThrow(error);
    expect(await readFile(join(dir, 'report.json'), 'utf8')).toBe(OLD);
    expect(await readdir(dir)).toEqual(['report.json']);
  });

  test('a target that cannot be replaced (a directory) fails and leaves no temporary file', async () => {
    fs.mkdirSync(join(dir, 'report.json', 'inside'), { recursive: true });
    expect(() => writeFileAtomic(join(dir, 'report.json'), NEW)).toThrow();
    expect(await readdir(dir)).toEqual(['report.json']);
    expect(await readdir(join(dir, 'report.json'))).toEqual(['inside']);
  });
});
