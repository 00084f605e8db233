// npx tsx bench/boundary-report.ts [--runs N]
// How often each public arbitrary reaches its boundaries in one property run of the default size
// (CONFORMANCE_RUNS, 100) with the run's seed (CONFORMANCE_SEED, 42 when unset), which values
// the arbitraries without a length draw, and how invalid values spread over their reasons. The
// boundaries test asserts the same boundaries and categories.
import fc from 'fast-check';
import { PROPERTY_VARIABLES, resolveProperties } from '../harness/run-config.js';
import { EXIT, parseFlags, runCommand, wholeNumberFlag } from '../cli/command.js';
import {
  invalidConnectionArn,
  invalidConnectionName,
  invalidCreateConnectionInput,
  invalidMaxResults,
  invalidNextToken,
  invalidProviderType,
  invalidTagKey,
  invalidTagValue,
  type Invalid,
} from '../generators/index.js';
import {
  boundaryProbes,
  categoryProbes,
  hits,
  tally,
} from '../test-support/generators/boundaries.js';

const USAGE = 'npx tsx bench/boundary-report.ts [--runs N]';

await runCommand('boundary-report', () => {
  const { values } = parseFlags(USAGE, { runs: { type: 'string' } });
  // The replay variables of the project's own tests (generators/README.md) apply here too; the
  // seed is 42 unless they name one, so the report is the same from one day to the next.
  const { seed, runs } = resolveProperties(
    { ...(values.runs !== undefined && { runs: wholeNumberFlag('runs', values.runs) }) },
    { [PROPERTY_VARIABLES.seed]: '42', ...process.env },
  );
  console.log(`seed ${seed}, ${runs} runs per arbitrary\n`);
  console.log('boundary hits (value: count; * = asserted by the boundaries test)');
  for (const probe of boundaryProbes()) {
    const sample = fc.sample(probe.arbitrary(), { seed, numRuns: runs });
    const points = [...probe.asserted, ...probe.reported].sort((a, b) => a - b);
    const counts = hits(sample, probe, points);
    const shown = points
      .map((p) => `${p}${probe.asserted.includes(p) ? '*' : ''}: ${counts.get(p)}`)
      .join(', ');
    console.log(`  ${probe.name.padEnd(40)} ${shown}`);
  }
  console.log('\nvalues drawn (* = every one asserted by the boundaries test)');
  for (const probe of categoryProbes()) {
    const counts = tally(fc.sample(probe.arbitrary(), { seed, numRuns: runs }), probe);
    const shown = [...counts].map(([c, n]) => `${c}${probe.expected.includes(c) ? '*' : ''}: ${n}`);
    console.log(`  ${probe.name.padEnd(40)} ${shown.join(', ')}`);
  }
  console.log('\nreasons drawn');
  const invalids: [string, fc.Arbitrary<Invalid>][] = [
    ['invalidConnectionName', invalidConnectionName()],
    ['invalidProviderType', invalidProviderType()],
    ['invalidTagKey', invalidTagKey()],
    ['invalidTagValue', invalidTagValue()],
    ['invalidConnectionArn', invalidConnectionArn()],
    ['invalidMaxResults', invalidMaxResults()],
    ['invalidNextToken', invalidNextToken()],
    [
      'invalidCreateConnectionInput',
      invalidCreateConnectionInput().map((l) => ({ ...l, reason: l.requirement })),
    ],
  ];
  for (const [name, arb] of invalids) {
    const tally = new Map<string, number>();
    for (const l of fc.sample(arb, { seed, numRuns: runs }))
      tally.set(l.reason, (tally.get(l.reason) ?? 0) + 1);
    const shown = [...tally].sort((a, b) => b[1] - a[1]).map(([r, n]) => `${r} ${n}`);
    console.log(`  ${name}: ${shown.join(', ')}`);
  }
  return EXIT.ok;
});
