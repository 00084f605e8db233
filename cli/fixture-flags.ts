// The conformance command's --fixtures and --record flags (cli/conformance.ts).
import { resolve } from 'node:path';
import { UsageError } from './command.js';
import type { TargetConfig } from '../harness/target-config.js';
import {
  DEFAULT_FIXTURE_SET,
  fixtureSetDir,
  readFixtureSet,
} from '../harness/fixtures/fixture-set.js';

export const FIXTURE_FLAGS = {
  fixtures: { type: 'string' },
  record: { type: 'string' },
} as const;

export const FIXTURE_HELP = `  --fixtures [DIR]        replay recorded fixtures offline, with the seed and runs they were
                          recorded with (default DIR: ${DEFAULT_FIXTURE_SET})
  --record DIR            also write each test file's exchanges under DIR as fixtures
                          (normalised and redacted; test files then run one at a time)`;

/** `--fixtures` may come without a directory (node's parseArgs has no optional values). */
export function withFixturesDefault(argv: readonly string[]): string[] {
  return argv.map((arg, i) => {
    const next = argv[i + 1];
    return arg === '--fixtures' && (next === undefined || next.startsWith('-'))
      ? `--fixtures=${DEFAULT_FIXTURE_SET}`
      : arg;
  });
}

/** What the two flags change in the target; `endpointFlag` is --endpoint as given. */
export function fixtureTarget(
  v: { fixtures?: string | undefined; record?: string | undefined },
  endpointFlag: string | undefined,
): Partial<TargetConfig> {
  if (v.fixtures === undefined)
    return v.record === undefined ? {} : { recordDir: resolve(v.record) };
  if (endpointFlag !== undefined)
    throw new UsageError('--fixtures replays recorded exchanges: it takes no --endpoint');
  if (v.record !== undefined)
    throw new UsageError(
      '--record writes what a live target answers: a replay has nothing new to record',
    );
  const dir = v.fixtures === DEFAULT_FIXTURE_SET ? fixtureSetDir(undefined) : resolve(v.fixtures);
  try {
    readFixtureSet(dir);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
  return { kind: 'fixtures', fixturesDir: dir };
}
