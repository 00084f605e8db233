// The outcome rules: a requirement passes only when every check citing it that ran passed to its
// end with at least one case; a check that failed for another requirement, or did not finish,
// leaves it unverified, and an expectation never turns that into a pass.
import { describe, expect, test } from 'vitest';
import { summarise, verdicts } from './aggregate.js';
import type { CheckResult, Expectation } from './model.js';

const check = (
  name: string,
  requirements: string[],
  more: Partial<CheckResult> = {},
): CheckResult => ({
  id: `suites/x.suite.ts > ${name}`,
  file: 'suites/x.suite.ts',
  name,
  requirements,
  state: 'pass',
  durationMs: 1,
  ...more,
});

/** A property of valid inputs that fails on a too-long name, citing only CONN-CREATE-STATUS. */
const failedForName = check('status', ['CONN-CREATE-STATUS'], {
  state: 'fail',
  brokenRequirements: ['shape.ConnectionName.length'],
  error: 'the valid input was refused',
});
const nameCheck = check('names', ['shape.ConnectionName.length'], {
  state: 'fail',
  brokenRequirements: ['shape.ConnectionName.length'],
});

function verdictOf(
  id: string,
  checks: CheckResult[],
  expectations: ReadonlyMap<string, Expectation> = new Map(),
) {
  const v = verdicts(checks, expectations).find((r) => r.id === id);
  if (!v) throw new Error(`no verdict for ${id}`);
  return v;
}

describe('a requirement passes only when its checks earned it', () => {
  test('every citing check passed to its end: pass', () => {
    expect(verdictOf('CONN-CREATE-STATUS', [check('status', ['CONN-CREATE-STATUS'])]).outcome).toBe(
      'pass',
    );
  });

  test('its only check failed for another requirement: unverified, naming the check and why', () => {
    const v = verdictOf('CONN-CREATE-STATUS', [failedForName, nameCheck]);
    expect(v.outcome).toBe('unverified');
    expect(v.blockedBy).toEqual([
      { check: failedForName.id, reason: 'failed for shape.ConnectionName.length' },
    ]);
  });

  test('one citing check passed and another failed for another requirement: unverified', () => {
    const v = verdictOf('CONN-CREATE-STATUS', [
      check('status again', ['CONN-CREATE-STATUS']),
      failedForName,
    ]);
    expect(v.outcome).toBe('unverified');
  });

  test('a check that ran out of time or ran no case: unverified, with its reason', () => {
    const slow = check('status', ['CONN-CREATE-STATUS'], {
      incomplete: 'ran 3 of 100 cases within its time budget',
    });
    const v = verdictOf('CONN-CREATE-STATUS', [slow]);
    expect(v.outcome).toBe('unverified');
    expect(v.blockedBy?.[0]?.reason).toBe('ran 3 of 100 cases within its time budget');
  });

  test('an observation that could not be made: unverified, not observed or failed', () => {
    const v = verdictOf('OBS-LIST-FILTER-MISSING', [
      check('obs', ['OBS-LIST-FILTER-MISSING'], {
        incomplete: 'the observation could not be made',
      }),
    ]);
    expect(v.outcome).toBe('unverified');
  });

  test('a requirement the failure broke still fails', () => {
    expect(verdictOf('shape.ConnectionName.length', [failedForName, nameCheck]).outcome).toBe(
      'fail',
    );
  });
});

describe('expectations mask exactly the requirements they name', () => {
  const expected = new Map<string, Expectation>([
    ['shape.ConnectionName.length', { outcome: 'fail', reason: 'names of 32 are refused' }],
    ['shape.ConnectionName.pattern', { outcome: 'fail', reason: 'names of 32 are refused' }],
  ]);
  const checks = [failedForName, nameCheck];

  test('the named requirement is an expected failure, the others its check cites stay unverified', () => {
    const all = verdicts(checks, expected);
    expect(all.find((r) => r.id === 'shape.ConnectionName.length')?.outcome).toBe('expected-fail');
    expect(all.find((r) => r.id === 'CONN-CREATE-STATUS')?.outcome).toBe('unverified');
  });

  test('an expectation of an unverified requirement does not make it pass', () => {
    const masked = new Map(expected).set('CONN-CREATE-STATUS', {
      outcome: 'fail',
      reason: 'hidden',
    });
    expect(verdictOf('CONN-CREATE-STATUS', checks, masked).outcome).toBe('unverified');
  });

  test('the run is not a pass: an unverified MUST makes the verdict unverified', () => {
    const all = verdicts(checks, expected);
    const summary = summarise(all, checks, 2);
    expect(summary.verdict).toBe('unverified');
    expect(summary.counts.unverified).toBeGreaterThan(0);
  });
});

describe('the verdict', () => {
  test('a MUST failure outweighs an unverified one', () => {
    const checks = [failedForName, nameCheck];
    expect(summarise(verdicts(checks, new Map()), checks, 2).verdict).toBe('fail');
  });

  test('incomplete checks are counted apart from passed ones', () => {
    const checks = [check('a', ['CONN-CREATE-STATUS'], { incomplete: 'no room' }), check('b', [])];
    expect(summarise(verdicts(checks, new Map()), checks, 1).checks).toEqual({
      pass: 1,
      fail: 0,
      skip: 0,
      incomplete: 1,
    });
  });
});

describe('not covered', () => {
  const byId = (id: string) => verdicts([nameCheck], new Map()).find((v) => v.id === id);

  const noControl = 'the target declares no control interface';
  const controlled = (name: string, ids: string[]): CheckResult =>
    check(name, ids, { state: 'skip', notCoveredBecause: noControl });

  test('a requirement only checks that cannot run on this target cite is not covered, with why', () => {
    const ids = ['shape.InternalServiceErrorException.type', 'WIRE-ERROR-MESSAGE'];
    const all = verdicts(
      [controlled('internal', ids), controlled('again', ids.slice(0, 1))],
      new Map(),
    );
    const v = all.find((r) => r.id === 'shape.InternalServiceErrorException.type');
    expect(v?.outcome).toBe('not-covered');
    expect(v?.notCoveredBecause).toBe(noControl);
  });

  test('a check that ran decides what such a check also cites', () => {
    const all = verdicts(
      [controlled('internal', ['WIRE-ERROR-MESSAGE']), check('message', ['WIRE-ERROR-MESSAGE'])],
      new Map(),
    );
    expect(all.find((r) => r.id === 'WIRE-ERROR-MESSAGE')?.outcome).toBe('pass');
  });

  test('a check skipped for another reason leaves its requirement skipped, not "not covered"', () => {
    const all = verdicts(
      [controlled('internal', ['TAG-ADD']), check('filtered', ['TAG-ADD'], { state: 'skip' })],
      new Map(),
    );
    expect(all.find((r) => r.id === 'TAG-ADD')?.outcome).toBe('skipped');
  });

  test('one the selection left out says so; a covered one carries no reason', () => {
    const v = byId('TAG-ADD');
    expect(v?.outcome).toBe('not-covered');
    expect(v?.notCoveredBecause).toBe('no check of the files and tests this run selected cites it');
    expect(byId('shape.ConnectionName.length')?.notCoveredBecause).toBeUndefined();
  });
});
