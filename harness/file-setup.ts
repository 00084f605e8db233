// Runs in every conformance test file: starts the worker's embedded emulator when the run names
// no endpoint (the first file of each worker), deletes what the file created, whatever happened,
// audits the wire rules on every exchange the file made (harness/checks/wire-audit.ts), and
// replays or records the file's fixture when the run does (harness/fixtures/file-hooks.ts).
import { afterAll, beforeAll, expect } from 'vitest';
import { fixtureHooks } from './fixtures/file-hooks.js';
import { traceFileCalls } from './call-trace.js';
import { cleanupConnections } from './checks/connections.js';
import { auditSummary } from './checks/wire-audit.js';
import { useEmbeddedEmulator } from './embedded-emulator.js';
import { runContext } from './run-context.js';

await useEmbeddedEmulator();
const { config, log } = runContext();
const fixtures = fixtureHooks(config, log);
const testFile = (): string => expect.getState().testPath ?? 'unknown test file';

let mark = 0;
beforeAll(() => {
  mark = log.mark();
  return fixtures.beforeFile(testFile());
});

// One hook, in this order: the cleanup's own calls belong to the file's fixture and its audit.
// The audit travels on the file's meta; the gate's reporter turns it into a check of the file.
// The file task is the second argument; vitest requires the first one to be a destructuring.
// eslint-disable-next-line no-empty-pattern
afterAll(async ({}, file) => {
  try {
    await cleanupConnections();
  } finally {
    file.meta.wireAudit = auditSummary(log.since(mark));
    fixtures.afterFile(testFile());
    traceFileCalls(testFile(), log.since(mark));
  }
}, 60_000);
