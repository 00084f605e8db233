// Connection names for one run: the run's prefix, a tag for the test file and a counter. Runs
// sharing a target never collide, leftovers can be found by prefix, and with the same prefix
// and seed a run asks for the same names again (which fixture replay relies on).
import { createHash } from 'node:crypto';
import { relative } from 'node:path';
import { expect } from 'vitest';
import { stringConstraint } from '../../contract/index.js';
import { runContext } from '../run-context.js';
import { PROJECT_ROOT } from '../../common/project-root.js';

/** Names made so far, per test file: files share a worker, and their order in it varies. */
const counters = new Map<string, number>();

/** The project root: names must not depend on the directory the run was started from. */

const currentFile = (): string => relative(PROJECT_ROOT, expect.getState().testPath ?? 'unknown');

/** The run's prefix plus a short tag that is stable for the current test file. */
export function filePrefix(): string {
  const tag = createHash('sha256').update(currentFile()).digest('hex').slice(0, 4);
  return `${runContext().config.namePrefix}${tag}`;
}

export function uniqueName(): string {
  const { maxLength } = stringConstraint('ConnectionName');
  const file = currentFile();
  const counter = (counters.get(file) ?? 0) + 1;
  counters.set(file, counter);
  const name = `${filePrefix()}n${counter.toString(36)}`;
  if (name.length > maxLength) throw new Error(`name prefix too long: ${name}`);
  return name;
}

/** `name` with every letter in the other case: the same name if names compare without case. */
export const otherLetterCase = (name: string): string =>
  [...name].map((ch) => (ch === ch.toUpperCase() ? ch.toLowerCase() : ch.toUpperCase())).join('');
