// npm run report-matrix -- a.json b.json [...] --out matrix.html
// (or: npx tsx cli/report-matrix.ts a.json b.json [...] --out matrix.html)
// One HTML page comparing conformance reports (report.json from --report-dir), one column per
// target, with the requirements whose outcome or observed value differs marked and counted. Exit 0 written; 2 for bad input: a missing, unreadable or invalid report is named on
// one line of stderr and nothing is written.
import { mkdir, readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { ConformanceReport } from '../verdicts/model.js';
import { writeFileAtomic } from '../common/atomic-write.js';
import { renderHtml } from '../verdicts/reports/html.js';
import { reportProblems } from '../verdicts/reports/validate-report.js';
import { EXIT, runCommand, UsageError } from './command.js';

const COMMAND = 'report-matrix';
const HELP = `usage: npm run report-matrix -- REPORT.json [REPORT.json ...] --out FILE.html
  REPORT.json   a report.json written by npm run conformance -- --report-dir DIR
  --out FILE    the page to write (its directory is created if missing)
One column per report, in the order given; rows whose outcome or observed value
differs between the reports are marked "differs" and can be shown alone.`;

// parseFlags (cli/command.ts) refuses positionals; the report files are positionals here,
// so the flags are parsed the same way with positionals allowed.
function flags(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      options: { out: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    throw new UsageError(`${(e as Error).message}; run '${COMMAND} --help' for the flags`);
  }
}

/** A usage error is one line of stderr, whatever a file name or a parser message holds. */
const inputError = (message: string): UsageError =>
  new UsageError(message.replace(/[\r\n]+/g, ' '));

/** The report in `path`, or a usage error naming the file and the first thing wrong with it. */
async function load(path: string): Promise<ConformanceReport> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw inputError(
      `${path}: ${code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(e)})`}`,
    );
  }
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw inputError(`${path}: not JSON (${(e as Error).message})`);
  }
  const problems = reportProblems(doc);
  if (problems.length > 0) {
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more)` : '';
    throw inputError(
      `${path}: not a conformance report: ${problems[0]}${more}; see verdicts/report.schema.json`,
    );
  }
  return doc as ConformanceReport;
}

await runCommand(COMMAND, async () => {
  const { values, positionals } = flags(process.argv.slice(2));
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  if (!values.out) throw new UsageError(`--out FILE is required; run '${COMMAND} --help'`);
  if (positionals.length === 0)
    throw new UsageError(`name at least one report.json; run '${COMMAND} --help'`);
  const reports: ConformanceReport[] = [];
  for (const path of positionals) reports.push(await load(path));
  const out = resolve(values.out);
  await mkdir(dirname(out), { recursive: true });
  writeFileAtomic(out, renderHtml(reports));
  console.log(
    `${COMMAND}: wrote ${values.out} (${reports.length} target${reports.length === 1 ? '' : 's'})`,
  );
  return EXIT.ok;
});
