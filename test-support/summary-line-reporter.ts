// Ends a test run with the plain line CI systems read: "N passed, N failed, N skipped". Before it,
// the skipped tests by name (and the note a test gave `context.skip`): a bare count hides which
// checks did not run and why. The count stays the last line.
import type { Reporter, TestCase, TestModule } from 'vitest/node';

// Enough for the few conditional skips the project has; a run that skips more says how many more.
const SKIPPED_LISTED = 20;

function skippedLine(test: TestCase): string {
  const result = test.result();
  const note = result.state === 'skipped' ? result.note : undefined;
  const name = `${test.module.relativeModuleId} > ${test.fullName}`;
  return `  skipped: ${name}${note ? ` (${note})` : ''}`;
}

export function summaryLines(modules: ReadonlyArray<TestModule>): string[] {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  const skipped: string[] = [];
  for (const m of modules) {
    for (const t of m.children.allTests()) {
      const state = t.result().state;
      if (state === 'passed') counts.passed += 1;
      else if (state === 'failed') counts.failed += 1;
      else {
        counts.skipped += 1;
        if (skipped.length < SKIPPED_LISTED) skipped.push(skippedLine(t));
      }
    }
    // A file that failed to load has no tests but is a failure all the same.
    if (m.state() === 'failed' && [...m.children.allTests()].length === 0) counts.failed += 1;
  }
  if (counts.skipped > skipped.length) {
    skipped.push(`  ... and ${counts.skipped - skipped.length} more skipped`);
  }
  return [
    ...skipped,
    `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`,
  ];
}

export default class SummaryLineReporter implements Reporter {
  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    process.stdout.write(`\n${summaryLines(modules).join('\n')}\n`);
  }
}
