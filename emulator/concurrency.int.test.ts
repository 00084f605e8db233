// Concurrent CreateConnection calls with one name: exactly one succeeds, every time, and exactly
// one connection of that name exists afterwards.
import { Agent } from 'node:http';
import { describe, expect, it } from 'vitest';
import { concurrentCreates } from '../test-support/emulator/concurrent-creates.js';
import { rawCall } from '../test-support/emulator/raw-call.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const CALLERS = 50;
const ROUNDS = 10;

describe('concurrent creates of one name', () => {
  const emulator = useEmulator({ connectionQuota: 1000 });

  it(`lets exactly one of ${CALLERS} succeed, ${ROUNDS} rounds in a row`, async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: CALLERS });
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const name = `race-${round}`;
        const statuses = await concurrentCreates(emulator().port, agent, name, CALLERS);
        expect(statuses.filter((s) => s === 200)).toHaveLength(1);
        expect(statuses.filter((s) => s === 400)).toHaveLength(CALLERS - 1);
        const listed = await rawCall(emulator().url, 'ListConnections', { ConnectionName: name });
        expect(listed.json?.ConnectionSummaryList).toHaveLength(1);
      }
    } finally {
      agent.destroy();
    }
  });
});
