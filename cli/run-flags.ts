// Flags of the gate that are checked before anything runs, so that a mistake costs one line and
// exit 2, not a stack trace or a whole run found wrong at its end.
import { accessSync, constants, mkdirSync, statSync } from 'node:fs';
import { UsageError } from './command.js';

/**
 * A Region the SDK accepts (a host label: letters, digits and inner hyphens, 1 to 63) that can also
 * appear in a connection ARN, whose Region segment is lower case ([a-z0-9-.]{0,63} in the model's
 * AppRunnerResourceArn pattern): "US-EAST-1" would make every correct target fail CONN-ARN-FORMAT.
 */
const REGION = /^(?!.*-$)(?!-)[a-z0-9-]{1,63}$/;

export function checkedRegion(region: string, source: string): string {
  if (region === '') throw new UsageError(`${source} is empty; name a Region such as us-east-1`);
  if (!REGION.test(region)) {
    const hint = REGION.test(region.toLowerCase()) ? `; did you mean ${region.toLowerCase()}?` : '';
    throw new UsageError(
      `${source} must be a Region name in lower case such as us-east-1 (as ARNs carry it), got "${region}"${hint}`,
    );
  }
  return region;
}

/** The report directory, created now and known to be writable, before the run. */
export function checkedReportDir(dir: string): string {
  if (dir === '') throw new UsageError('--report-dir is empty; name a directory');
  try {
    if (!statSync(dir).isDirectory())
      throw new UsageError(`--report-dir ${dir} is a file, not a directory; name a directory`);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw unwritable(dir, e);
    try {
      mkdirSync(dir, { recursive: true });
    } catch (made) {
      throw unwritable(dir, made);
    }
  }
  try {
    accessSync(dir, constants.W_OK);
  } catch (e) {
    throw unwritable(dir, e);
  }
  return dir;
}

const unwritable = (dir: string, e: unknown): UsageError =>
  new UsageError(
    `--report-dir ${dir} cannot be written (${(e as NodeJS.ErrnoException).code ?? String(e)}); name a directory you can write to`,
  );
