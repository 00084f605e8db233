// npm run propose-catalogue -- REPORT.json [--out FILE]
// Writes a copy of spec/requirements.json in which every OBSERVE requirement the live run
// observed has confidence "observed" and a source naming the run, and prints what changed.
// Review it and copy it over spec/requirements.json. Only reports of live runs are accepted: an
// emulator's answers say nothing about App Runner. Exit 0, or 2 for a bad or non-live report.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { proposeCatalogue } from '../verdicts/propose-catalogue.js';
import type { ConformanceReport } from '../verdicts/model.js';
import { reportProblems } from '../verdicts/reports/validate-report.js';
import { EXIT, runCommand, UsageError } from './command.js';

await runCommand('propose-catalogue', () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: { out: { type: 'string' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    throw new UsageError(
      `${(e as Error).message}; usage: npm run propose-catalogue -- REPORT.json [--out FILE]`,
    );
  }
  const [path, ...extra] = parsed.positionals;
  if (!path || extra.length > 0)
    throw new UsageError(
      'give exactly one report.json; usage: npm run propose-catalogue -- REPORT.json [--out FILE]',
    );
  let report: unknown;
  try {
    report = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(
      `cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const problems = reportProblems(report);
  if (problems.length > 0)
    throw new UsageError(`${path} is not a conformance report: ${problems[0]}`);
  const r = report as ConformanceReport;
  if (!r.live)
    throw new UsageError(
      `${path} is not from a live run (--live): only the real service's answers can become observed facts`,
    );
  const catalogueUrl = new URL('../spec/requirements.json', import.meta.url);
  const { catalogue, proposals } = proposeCatalogue(
    JSON.parse(readFileSync(catalogueUrl, 'utf8')) as never,
    r,
  );
  for (const p of proposals)
    console.log(`${p.id}: ${p.from} -> ${p.to}: ${JSON.stringify(p.observed)}`);
  const out = parsed.values.out ?? 'requirements.proposed.json';
  writeFileSync(`${out}.tmp`, `${JSON.stringify(catalogue, null, 2)}\n`);
  renameSync(`${out}.tmp`, out);
  console.log(
    `${proposals.length} requirement(s) proposed as observed; wrote ${out} (review it, then copy it over spec/requirements.json)`,
  );
  return EXIT.ok;
});
