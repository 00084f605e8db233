import { describe, expect, test } from 'vitest';
import { UsageError } from './command.js';
import { fixtureTarget, withFixturesDefault } from './fixture-flags.js';
import { fixtureSetDir } from '../harness/fixtures/fixture-set.js';

describe('withFixturesDefault', () => {
  test('a bare --fixtures replays fixtures/recorded', () => {
    expect(withFixturesDefault(['--fixtures'])).toEqual(['--fixtures=fixtures/recorded']);
    expect(withFixturesDefault(['--fixtures', '--region', 'x'])).toEqual([
      '--fixtures=fixtures/recorded',
      '--region',
      'x',
    ]);
  });

  test('--fixtures DIR is left as it is', () => {
    expect(withFixturesDefault(['--fixtures', 'some/dir'])).toEqual(['--fixtures', 'some/dir']);
  });
});

describe('fixtureTarget', () => {
  test('--fixtures makes a fixtures target on the set directory', () => {
    expect(fixtureTarget({ fixtures: 'fixtures/recorded' }, undefined)).toEqual({
      kind: 'fixtures',
      fixturesDir: fixtureSetDir(undefined),
    });
  });

  test('--record sets the directory to record to', () => {
    expect(fixtureTarget({ record: '/tmp/rec' }, undefined)).toEqual({ recordDir: '/tmp/rec' });
  });

  test.each([
    ['--fixtures with --endpoint', { fixtures: 'fixtures/recorded' }, 'http://x'],
    ['--fixtures with --record', { fixtures: 'fixtures/recorded', record: '/tmp/rec' }, undefined],
    ['--fixtures on a directory with no fixtures', { fixtures: '/nonexistent' }, undefined],
  ])('%s is a usage error', (_what, flags, endpoint) => {
    expect(() => fixtureTarget(flags, endpoint)).toThrow(UsageError);
  });
});
