// Runs in every conformance test file: starts the worker's embedded emulator when the run names
// no endpoint (the first file of each worker), deletes what the file created, whatever happened,
// and replays or records the file's fixture when the run does (harness/fixtures/file-hooks.ts).
import { afterAll, beforeAll, expect } from 'vitest';
import { fixtureHooks } from './fixtures/file-hooks.js';
import { traceFileCalls } from './call-trace.js';
import { cleanupConnections } from './checks/connections.js';
import { startRunContext } from './run-context.js';

const { config, run, log } = await startRunContext();
const fixtures = fixtureHooks(run, config, log);
const testFile = (): string => expect.getState().testPath ?? 'unknown test file';

let mark = 0;
beforeAll(() => {
  mark = log.mark();
  return fixtures.beforeFile(testFile());
});

// One hook, in this order: the cleanup's own calls belong to the file's fixture.
afterAll(async () => {
  try {
    await cleanupConnections();
  } finally {
    fixtures.afterFile(testFile());
    traceFileCalls(run.callTrace, testFile(), log.since(mark));
  }
}, 60_000);
