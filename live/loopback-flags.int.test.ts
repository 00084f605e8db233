// Live-run flags on a target on this machine are refused in one line (exit 2) instead of being
// ignored: no ledger would be written, no budget kept, whatever the flags said.
import { describe, expect, test } from 'vitest';
import { spawnScript, within } from '../test-support/spawn-script.js';

describe('live flags on a loopback endpoint', () => {
  test.each([
    [['--live', '--account', '123456789012'], /--live is for live runs/],
    [['--ledger', 'ledger.jsonl'], /--ledger is for live runs/],
    [['--max-calls', '10'], /--max-calls is for live runs/],
  ])('%j is refused with one line and exit code 2', async (flags, message) => {
    // Nothing listens on the endpoint: the refusal comes before anything is sent.
    const run = spawnScript('conformance.ts', ['--endpoint', 'http://127.0.0.1:9', ...flags]);
    const { code } = await within(run.exited, 60_000, 'refused run');
    const { stderr } = run.output();
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/127\.0\.0\.1:9 is on this machine/);
  });

  test('with no endpoint, the embedded emulator is named', async () => {
    const run = spawnScript('conformance.ts', ['--ledger', 'ledger.jsonl']);
    const { code } = await within(run.exited, 60_000, 'refused run');
    expect(code).toBe(2);
    expect(run.output().stderr).toMatch(/the embedded emulator is on this machine: drop --ledger/);
  });
});
