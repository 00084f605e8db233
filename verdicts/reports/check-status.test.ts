import { describe, expect, test } from 'vitest';
import type { CheckResult, Outcome, RequirementVerdict } from '../model.js';
import { checkStatus, type VerdictIndex } from './check-status.js';

const verdict = (id: string, outcome: Outcome, reason?: string): RequirementVerdict => ({
  id,
  level: outcome === 'observed' ? 'OBSERVE' : 'MUST',
  confidence: 'documented',
  statement: `${id} holds.`,
  outcome,
  checks: [],
  failedChecks: [],
  observations: [],
  ...(reason && { expectation: { outcome: outcome === 'skipped' ? 'skip' : 'fail', reason } }),
});

const index: VerdictIndex = new Map(
  [
    verdict('BROKEN', 'fail'),
    verdict('KNOWN', 'expected-fail', 'not implemented yet'),
    verdict('FIXED', 'unexpected-pass', 'was broken in 1.2'),
    verdict('FINE', 'pass'),
    verdict('SEEN', 'observed'),
    verdict('LATER', 'skipped', 'needs a second account'),
  ].map((v) => [v.id, v]),
);

const check = (
  state: CheckResult['state'],
  requirements: string[],
  broken?: string[],
): CheckResult => ({
  id: `f > c [${requirements.join(' ')}]`,
  file: 'f',
  name: `c [${requirements.join(' ')}]`,
  requirements,
  state,
  durationMs: 1,
  ...(broken && { brokenRequirements: broken }),
  ...(state === 'fail' && { error: '\nexpected 400, got 500\n  at line 2' }),
});

describe('checkStatus', () => {
  test('a failed check that failed a requirement fails, with its first error line', () => {
    expect(checkStatus(check('fail', ['BROKEN']), index)).toEqual({
      kind: 'failed',
      type: 'fail',
      message: 'expected 400, got 500',
    });
  });

  test('a failed check is an expected failure only when everything it broke was expected to', () => {
    expect(checkStatus(check('fail', ['KNOWN']), index)).toEqual({
      kind: 'skipped',
      message: 'expected failure: not implemented yet',
    });
    expect(checkStatus(check('fail', ['KNOWN', 'BROKEN']), index).kind).toBe('failed');
    expect(checkStatus(check('fail', ['FINE', 'KNOWN'], ['KNOWN']), index).kind).toBe('skipped');
  });

  test('a failed check that broke only an OBSERVE requirement does not fail, and says why', () => {
    const status = checkStatus(check('fail', ['SEEN']), index);
    expect(status.kind).toBe('skipped');
    expect(status).toMatchObject({ message: expect.stringContaining('SEEN: observed') as string });
  });

  test('a requirement the report has no verdict for counts as failed', () => {
    expect(checkStatus(check('fail', ['ELSEWHERE']), index).kind).toBe('failed');
    expect(checkStatus(check('fail', []), index).kind).toBe('failed');
  });

  test('a passing check of a requirement expected to fail fails as an unexpected pass', () => {
    const status = checkStatus(check('pass', ['FINE', 'FIXED']), index);
    expect(status).toMatchObject({ kind: 'failed', type: 'unexpected-pass' });
    expect(status).toMatchObject({
      message: expect.stringMatching(/FIXED is expected to fail \(was broken in 1\.2\)/) as string,
    });
    expect(checkStatus(check('pass', ['FINE']), index)).toEqual({ kind: 'passed' });
  });

  test('a skipped check gives the expectation’s reason', () => {
    expect(checkStatus(check('skip', ['LATER']), index)).toEqual({
      kind: 'skipped',
      message: 'needs a second account',
    });
    expect(checkStatus(check('skip', ['FINE']), index)).toEqual({
      kind: 'skipped',
      message: 'skipped',
    });
  });
});

test('a check that passed without running to its end is skipped, with the reason', () => {
  expect(checkStatus({ ...check('pass', ['FINE']), incomplete: 'ran no case' }, index)).toEqual({
    kind: 'skipped',
    message: 'incomplete: ran no case',
  });
});
