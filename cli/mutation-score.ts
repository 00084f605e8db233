// npm run mutation-score [-- --runs N --seed S --json FILE --deviation NAME...]
// Runs the gate against the faithful emulator, each deviation and each variant, and prints which
// deviations were caught. Exit 0 when every deviation is caught, the faithful emulator passes and
// every variant passes; 1 otherwise; 2 for usage errors.
import { writeFileSync, renameSync } from 'node:fs';
import { DEVIATIONS, VARIANTS } from '../emulator/index.js';
import { mutationScore } from '../verdicts/mutation-score.js';
import { EXIT, parseFlags, runCommand, UsageError, wholeNumberFlag } from './command.js';

await runCommand('mutation-score', async () => {
  const { values: v } = parseFlags('npm run mutation-score --', {
    runs: { type: 'string', default: '10' },
    seed: { type: 'string', default: '1' },
    json: { type: 'string' },
    deviation: { type: 'string', multiple: true },
    variant: { type: 'string', multiple: true },
  });
  const runs = wholeNumberFlag('runs', v.runs, 1) ?? 10;
  const seed = wholeNumberFlag('seed', v.seed, 0) ?? 1;
  const deviations = v.deviation?.map((name) => {
    const d = DEVIATIONS.find((x) => x.name === name);
    if (!d)
      throw new UsageError(
        `unknown deviation "${name}"; known: ${DEVIATIONS.map((x) => x.name).join(', ')}`,
      );
    return d;
  });
  for (const name of v.variant ?? []) {
    if (!VARIANTS.some((x) => x.name === name)) throw new UsageError(`unknown variant "${name}"`);
  }
  const score = await mutationScore({
    seed,
    runs,
    ...(deviations && { deviations }),
    ...(v.variant && { variants: v.variant }),
    progress: (line) => console.log(line),
  });
  const caught = score.mutants.filter((m) => m.caught).length;
  console.log('');
  console.log('| deviation | breaks | caught | also failed |');
  console.log('|---|---|---|---|');
  for (const m of score.mutants)
    console.log(
      `| ${m.name} | ${m.breaks} | ${m.caught ? 'yes' : 'NO'} | ${m.collateral.join(', ')} |`,
    );
  const passing = score.variants.filter((x) => x.passed).length;
  console.log('');
  console.log(
    `Mutation score: ${caught}/${score.mutants.length} deviations caught; faithful emulator ${score.faithful.passed ? 'passes' : 'FAILS'}; ${passing}/${score.variants.length} variant runs pass`,
  );
  if (v.json) {
    writeFileSync(`${v.json}.tmp`, `${JSON.stringify(score, null, 2)}\n`);
    renameSync(`${v.json}.tmp`, v.json);
  }
  const ok =
    caught === score.mutants.length && score.faithful.passed && passing === score.variants.length;
  return ok ? EXIT.ok : EXIT.failed;
});
