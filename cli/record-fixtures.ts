// npm run record-fixtures [-- --set recorded|documented|negative ...] [--deviation NAME ...]:
// re-records the shipped fixture sets (fixtures/README.md) from the embedded emulator with a
// fixed seed, runs, name prefix, Region and account. Unchanged behaviour changes no byte.
// Exit 0: recorded; 1: something was left out (a test file the faithful emulator fails, a
// deviation the suites do not fail exactly), as printed; 2: usage error.
import { existsSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DEVIATIONS } from '../emulator/index.js';
import { documentedFixture } from '../harness/fixtures/documented.js';
import { PROJECT_ROOT } from '../common/project-root.js';
import { expectedFailures, failedMust } from '../verdicts/recordings/negative-expectations.js';
import {
  failingFiles,
  passingFiles,
  RECORDING,
  recordEmulatorRun,
} from '../verdicts/recordings/record-emulator.js';
import { syncSet, type SyncResult } from '../harness/fixtures/sync-set.js';
import { EXIT, parseFlags, runCommand, UsageError } from './command.js';

const HELP = `usage: npm run record-fixtures -- [options]
  --set S          recorded, documented or negative (repeatable; default: all three)
  --deviation D    only this deviation's negative set (repeatable; default: every deviation
                   whose requirement the suites cite)
  --skip D         leave this deviation's negative set as it is (repeatable), e.g. while the
                   deviation is being reworked`;

const SETS = ['recorded', 'documented', 'negative'] as const;
const dirOf = (...parts: string[]): string => join(PROJECT_ROOT, 'fixtures', ...parts);

/** Prints what was left out; exit 1 if anything was. */
function report(leftOut: readonly string[]): number {
  for (const line of leftOut) console.error(`left out: ${line}`);
  return leftOut.length === 0 ? EXIT.ok : EXIT.failed;
}

const summary = (name: string, r: SyncResult): string =>
  `${name}: ${r.written.length} written, ${r.unchanged.length} unchanged, ${r.removed.length} removed`;

await runCommand('record-fixtures', async () => {
  const { values } = parseFlags('npm run record-fixtures --', {
    set: { type: 'string', multiple: true },
    deviation: { type: 'string', multiple: true },
    skip: { type: 'string', multiple: true },
    help: { type: 'boolean' },
  });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const sets = values.set ?? [...SETS];
  for (const s of sets)
    if (!(SETS as readonly string[]).includes(s))
      throw new UsageError(`--set must be one of ${SETS.join(', ')}, got "${s}"`);
  const unknown = [...(values.deviation ?? []), ...(values.skip ?? [])].filter(
    (d) => !DEVIATIONS.some((x) => x.name === d),
  );
  if (unknown.length > 0) throw new UsageError(`unknown deviation ${unknown.join(', ')}`);

  if (sets.includes('documented')) {
    console.log(
      summary(
        'fixtures/documented',
        syncSet(dirOf('documented'), new Map([['api-reference.json', documentedFixture()]])),
      ),
    );
  }
  if (!sets.includes('recorded') && !sets.includes('negative')) return EXIT.ok;

  console.log(`recording the faithful emulator (seed ${RECORDING.seed}, ${RECORDING.runs} runs)`);
  const faithful = await recordEmulatorRun({ progress: process.stdout });
  // Only what the faithful emulator passes is a recording of conformant behaviour.
  const baseline = passingFiles(faithful);
  const leftOut = [...faithful.fixtures.keys()]
    .filter((path) => !baseline.has(path))
    .map((path) => `${path}: the faithful emulator fails it`);
  if (sets.includes('recorded'))
    console.log(summary('fixtures/recorded', syncSet(dirOf('recorded'), baseline)));
  const files = [...baseline.keys()].map((path) => path.replace(/\.json$/, ''));
  if (!sets.includes('negative') || files.length === 0) return report(leftOut);

  const cited = new Set(
    faithful.report.requirements.filter((r) => r.checks.length > 0).map((r) => r.id),
  );
  const chosen = DEVIATIONS.filter(
    (d) => (values.deviation?.includes(d.name) ?? true) && !values.skip?.includes(d.name),
  );
  // A skipped deviation keeps the set it has.
  const recorded = new Set<string>(values.skip);
  for (const d of chosen) {
    if (!cited.has(d.breaks)) {
      console.log(`${d.name}: no check cites ${d.breaks}; no negative set`);
      continue;
    }
    const run = await recordEmulatorRun({ deviation: d.name, files });
    const failing = failedMust(run.report);
    // A set proves a check fails on a bad answer only if it fails that requirement and no other.
    if (failing.join() !== expectedFailures(d.name).join()) {
      leftOut.push(`${d.name} (${d.breaks}): the suites fail ${failing.join(', ') || 'nothing'}`);
      console.error(`no negative set: ${leftOut.at(-1)}`);
      continue;
    }
    const changed = failingFiles(run);
    console.log(
      summary(
        `fixtures/negative/${d.name} (${d.breaks})`,
        syncSet(dirOf('negative', d.name), changed),
      ),
    );
    recorded.add(d.name);
  }
  if (!values.deviation) {
    // A set whose deviation is gone, uncited or no longer clean would prove nothing: it goes.
    const existing = existsSync(dirOf('negative')) ? readdirSync(dirOf('negative')) : [];
    for (const stale of existing.filter((n) => !recorded.has(n))) {
      rmSync(dirOf('negative', stale), { recursive: true, force: true });
      console.log(`fixtures/negative/${stale}: removed`);
    }
  }
  return report(leftOut);
});
