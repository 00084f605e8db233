// Recording is deterministic: the same suites against the same emulator give the same bytes
// (but for recordedAt), so `npm run record-fixtures` changes nothing when nothing changed.
import { describe, expect, test } from 'vitest';
import { recordEmulatorRun } from './record-emulator.js';
import { serialise } from '../../harness/fixtures/write-fixture.js';
import type { FixtureFile } from '../../harness/fixtures/model.js';

/** Files with what varies between runs: concurrency, tokens, many CreatedAt, generated inputs. */
const FILES = [
  'suites/create-connection/concurrent-same-name.suite.ts',
  'suites/list-connections/forged-token.suite.ts',
  'suites/list-connections/pagination.suite.ts',
  'suites/create-connection/valid-input.suite.ts',
];

const bytes = (fixtures: Map<string, FixtureFile>): Map<string, string> =>
  new Map(
    [...fixtures].map(([path, f]) => [
      path,
      serialise({ ...f, provenance: { ...f.provenance, recordedAt: '(when)' } } as FixtureFile),
    ]),
  );

describe('recordEmulatorRun', () => {
  test('records the same files twice alike, byte for byte but for recordedAt', async () => {
    const first = await recordEmulatorRun({ files: FILES });
    const second = await recordEmulatorRun({ files: FILES });
    expect([...first.fixtures.keys()].sort()).toEqual(FILES.map((f) => `${f}.json`).sort());
    expect(bytes(second.fixtures)).toEqual(bytes(first.fixtures));
    // Replay tells requests apart by their bodies: the SDK's must be in the recording.
    const creates = [...first.fixtures.values()]
      .flatMap((f) => f.exchanges)
      .filter((x) => x.operation === 'CreateConnection');
    expect(creates.length).toBeGreaterThan(0);
    for (const x of creates) expect(x.request.body).toMatch(/"ConnectionName"/);
  }, 300_000);
});
