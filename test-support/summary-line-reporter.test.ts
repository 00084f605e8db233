// The summary ends with the count line CI reads, preceded by each skipped test with its note.
import { describe, expect, it } from 'vitest';
import type { TestModule } from 'vitest/node';
import { summaryLines } from './summary-line-reporter.js';

type Result = { state: string; note?: string };

// Just what summaryLines reads of vitest's TestModule and TestCase.
function fakeModule(id: string, tests: [string, Result][], state = 'passed'): TestModule {
  const module = {
    relativeModuleId: id,
    state: () => state,
    children: { allTests: () => cases.values() },
  };
  const cases = tests.map(([fullName, result]) => ({ fullName, module, result: () => result }));
  return module as unknown as TestModule;
}

describe('the summary line reporter', () => {
  it('lists skipped tests with their notes before the count line', () => {
    const lines = summaryLines([
      fakeModule('a.test.ts', [
        ['suite > works', { state: 'passed' }],
        ['suite > needs boto3', { state: 'skipped', note: 'python3 cannot import boto3' }],
        ['suite > later', { state: 'skipped' }],
      ]),
      fakeModule('b.test.ts', [['breaks', { state: 'failed' }]]),
      fakeModule('c.test.ts', [], 'failed'),
    ]);
    expect(lines).toEqual([
      '  skipped: a.test.ts > suite > needs boto3 (python3 cannot import boto3)',
      '  skipped: a.test.ts > suite > later',
      '1 passed, 2 failed, 2 skipped',
    ]);
  });

  it('lists at most 20 skipped tests and counts the rest', () => {
    const skipped: [string, Result][] = Array.from({ length: 25 }, (_, i) => [
      `t${i}`,
      { state: 'skipped' },
    ]);
    const lines = summaryLines([fakeModule('m.test.ts', skipped)]);
    expect(lines).toHaveLength(22);
    expect(lines.at(-2)).toBe('  ... and 5 more skipped');
    expect(lines.at(-1)).toBe('0 passed, 0 failed, 25 skipped');
  });
});
