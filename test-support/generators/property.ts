// Runs a property with the run's seed and size (harness/property-runs.ts) and, when it fails,
// appends the one command that replays exactly the failing case.
import { relative } from 'node:path';
import fc from 'fast-check';
import { expect } from 'vitest';
import { shellQuote } from '../../common/shell-quote.js';
import { propertyParameters, propertyRuns, propertySeed } from '../../harness/property-runs.js';
import { PROPERTY_VARIABLES } from '../../harness/run-config.js';

/** vitest's -t takes a regular expression; the test name is matched literally. */
function literal(name: string): string {
  return name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A unit test's property replayed through vitest (no target involved): seed, path, file, name. */
function unitReplay(file: string, name: string, path: string | undefined): string {
  const pathPart = path ? ` ${PROPERTY_VARIABLES.path}=${shellQuote(path)}` : '';
  return `${PROPERTY_VARIABLES.seed}=${propertySeed()}${pathPart} npx vitest run ${file} -t ${shellQuote(name)}`;
}

export function assertProperty<Ts>(
  property: fc.IProperty<Ts>,
  overrides: fc.Parameters<Ts> = {},
): void {
  const details = fc.check(property, propertyParameters(overrides));
  if (!details.failed) return;
  const { testPath, currentTestName } = expect.getState();
  const file = relative(process.cwd(), testPath ?? '');
  // vitest joins describe and test names with ' > ' here and matches -t against them joined by ' '.
  const name = literal((currentTestName ?? '').split(' > ').join(' '));
  const cause =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance);
  throw new Error(
    `${fc.defaultReportMessage(details) ?? 'property failed'}\ngot: ${cause}\nreplay: ${unitReplay(file, name, details.counterexamplePath ?? undefined)}`,
  );
}

/** The values one property run of the default size would see, with the run's seed. */
export function sampleRun<T>(arbitrary: fc.Arbitrary<T>, runs = propertyRuns()): T[] {
  return fc.sample(arbitrary, { seed: propertySeed(), numRuns: runs });
}
