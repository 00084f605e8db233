// Recording the shipped fixture sets from the embedded emulator, always with the same seed, runs,
// name prefix, Region and account, so that recording unchanged suites again gives the same files.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { resolveTarget } from '../../harness/target-config.js';
import { runConformance } from '../run-conformance.js';
import type { ConformanceReport } from '../model.js';
import type { FixtureFile } from '../../harness/fixtures/model.js';
import { readSet } from '../../harness/fixtures/sync-set.js';

export const RECORDING = {
  seed: 20201103,
  /** Few cases per property: the files stay small, and every check still runs. */
  runs: 10,
  namePrefix: 'fx-',
  region: 'eu-west-1',
  /** Not the placeholder, so every recording proves the account is replaced. */
  account: '210987654321',
  /** Not the callers' Region, so an ARN built from the emulator's own Region shows. */
  emulatorRegion: 'us-east-1',
} as const;

export interface RecordedRun {
  report: ConformanceReport;
  /** Path inside the set (`<test file>.json`) -> fixture. */
  fixtures: Map<string, FixtureFile>;
}

/** Runs the suites (or `files`) against a fresh emulator, with `deviation` if given, and records them. */
export async function recordEmulatorRun(
  options: { deviation?: string; files?: string[]; progress?: NodeJS.WritableStream } = {},
): Promise<RecordedRun> {
  const dir = mkdtempSync(join(tmpdir(), 'conformance-record-'));
  try {
    const report = await runConformance({
      target: {
        ...resolveTarget({}, {}),
        kind: 'emulator',
        namePrefix: RECORDING.namePrefix,
        region: RECORDING.region,
        account: RECORDING.account,
        recordDir: dir,
      },
      seed: RECORDING.seed,
      runs: RECORDING.runs,
      // A negative set proves that checks fail; shrinking would only add exchanges (thousands,
      // for a tag key of 128 astral code points).
      ...(options.deviation && { shrink: false }),
      label: options.deviation
        ? `reference emulator, deviation ${options.deviation}`
        : 'reference emulator',
      emulator: {
        accountId: RECORDING.account,
        defaultRegion: RECORDING.emulatorRegion,
        ...(options.deviation && { deviation: options.deviation }),
      },
      ...(options.files && { files: options.files }),
      ...(options.progress && { progress: options.progress }),
      replayBase: 'npm run record-fixtures --',
    });
    return { report, fixtures: readSet(dir) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Fixtures of the test files with a failing check: the bad answers the checks rejected. */
export function failingFiles(run: RecordedRun): Map<string, FixtureFile> {
  const failing = new Set(
    run.report.checks.filter((c) => c.state === 'fail').map((c) => `${c.file}.json`),
  );
  return new Map([...run.fixtures].filter(([path]) => failing.has(path)));
}

/** The fixtures of the test files none of whose checks failed. */
export function passingFiles(run: RecordedRun): Map<string, FixtureFile> {
  const failing = new Set(
    run.report.checks.filter((c) => c.state === 'fail').map((c) => `${c.file}.json`),
  );
  return new Map([...run.fixtures].filter(([path]) => !failing.has(path)));
}
