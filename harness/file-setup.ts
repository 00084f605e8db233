// Runs in every conformance test file: starts the worker's embedded emulator when the run names
// no endpoint (the first file of each worker), deletes what the file created, whatever happened,
// audits the wire rules on every exchange the file made (harness/checks/wire-audit.ts), and
// replays or records the file's fixture when the run does (harness/fixtures/file-hooks.ts).
import { afterAll, beforeAll, expect } from 'vitest';
import { fixtureHooks } from './fixtures/file-hooks.js';
import { traceFileCalls } from './call-trace.js';
import { awaitReservation, cleanupConnections, resetReservation } from './checks/connections.js';
import { auditSummary } from './checks/wire-audit.js';
import { releaseCreateLease } from './create-lease.js';
import { startRunContext } from './run-context.js';

const { config, run, log, useTransportFor } = await startRunContext();
const fixtures = fixtureHooks(run, config, log);
const testFile = (): string => expect.getState().testPath ?? 'unknown test file';

let mark = 0;
/** How long a file may wait for its share of a shared account's quota (harness/create-lease.ts). */
const LEASE_WAIT_MS = 20 * 60_000;

beforeAll(async () => {
  useTransportFor(testFile());
  mark = log.mark();
  await awaitReservation();
  return fixtures.beforeFile(testFile());
}, LEASE_WAIT_MS);

// One hook, in this order: the cleanup's own calls belong to the file's fixture and its audit.
// The audit travels on the file's meta; the gate's reporter turns it into a check of the file.
// The file task is the second argument; vitest requires the first one to be a destructuring.
// eslint-disable-next-line no-empty-pattern
afterAll(async ({}, file) => {
  try {
    await cleanupConnections();
  } finally {
    // The quota is free again for the next file that creates (harness/create-lease.ts).
    await releaseCreateLease();
    resetReservation();
    file.meta.wireAudit = auditSummary(log.since(mark));
    fixtures.afterFile(testFile());
    traceFileCalls(run.callTrace, testFile(), log.since(mark));
  }
}, 60_000);
