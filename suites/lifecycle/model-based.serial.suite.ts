// Sequences of every operation, compared with a model of the account after every command
// (harness/lifecycle/). Serial: a sequence holds up to five connections and counts the others
// the account holds against the quota.
import fc from 'fast-check';
import { checkProperty } from '../../harness/checks/check.js';
import { reserveConnections } from '../../harness/checks/connections.js';
import { lifecycleCommands } from '../../harness/lifecycle/commands.js';
import { freshModel, observationsOf, type LifecycleRun } from '../../harness/lifecycle/setup.js';
import { propertyRuns } from '../../harness/property-runs.js';

/** Commands per sequence at most: long enough to fill several pages and undo what it did. */
const MAX_COMMANDS = 30;
/** A sequence is many calls: a tenth of the run's property size, at least eight. */
const SEQUENCES = Math.max(8, Math.ceil(propertyRuns() / 10));

// The model counts every connection the account holds: nothing else may create or delete meanwhile.
reserveConnections('account');

const run: LifecycleRun = { learned: {} };

checkProperty(
  [
    'CONN-CREATE-ECHO',
    'CONN-CREATE-STATUS',
    'CONN-CREATED-AT',
    'CONN-NAME-UNIQUE',
    'CONN-SUMMARY-MATCHES',
    'LIST-FILTER-NAME',
    'LIST-ALL-WITHOUT-MAX',
    'LIST-PAGE-SIZE',
    'LIST-PAGINATION-COMPLETE',
    'DELETE-RETURNS-DELETED',
    'DELETE-UNKNOWN-ARN',
    'TAG-CREATE-ROUNDTRIP',
    'TAG-ADD',
    'TAG-OVERWRITE',
    'TAG-UNTAG-REMOVES',
    'OBS-LIST-DELETED-VISIBLE',
    'OBS-UNTAG-ABSENT-KEY',
    'OBS-LIST-FILTER-CASE',
    'DELETE-FREES-NAME',
    'CONN-ARN-FRESH-ID',
  ],
  'every command sequence leaves the account as the model says',
  () => lifecycleCommands(MAX_COMMANDS),
  async (commands, c) => {
    try {
      await fc.asyncModelRun(() => freshModel(run), commands);
    } finally {
      c.task.meta.observations = observationsOf(run.learned);
    }
  },
  { numRuns: SEQUENCES, timeout: 600_000 },
);
