// Overlapping calls, where an implementation that checks and then writes can lose a create's
// uniqueness or a tag update: groups of two or three calls sent in the order fast-check's
// scheduler picks (harness/interleavings/), each compared with every order the calls could have
// taken effect in. Serial: a connection's name and tags must change only through these calls.
import fc from 'fast-check';
import { checkProperty } from '../../harness/checks/check.js';
import { reserveConnections } from '../../harness/checks/connections.js';
import { freshRaceModel, interleavedSequences } from '../../harness/interleavings/commands.js';
import { MAX_HELD } from '../../harness/interleavings/model.js';
import { propertyRuns } from '../../harness/property-runs.js';

/** Groups per sequence at most, after the opening group of creates. */
const MAX_COMMANDS = 8;
/** A sequence is a few dozen calls: a tenth of the run's property size, at least five. */
const SEQUENCES = Math.max(5, Math.ceil(propertyRuns() / 10));

reserveConnections(MAX_HELD);

checkProperty(
  [
    'CONN-NAME-UNIQUE-CONCURRENT',
    'TAG-CONCURRENT',
    // Blamed instead when a call is wrong even made alone (harness/interleavings/serial-blame.ts).
    'TAG-CREATE-ROUNDTRIP',
    'TAG-ADD',
    'TAG-OVERWRITE',
    'TAG-UNTAG-REMOVES',
  ],
  'overlapping creates of one name and tag calls on one connection keep the model',
  () => interleavedSequences(MAX_COMMANDS),
  async ([s, commands]) => {
    await fc.asyncModelRun(() => freshRaceModel(s), commands);
  },
  { numRuns: SEQUENCES, timeout: 300_000 },
);
