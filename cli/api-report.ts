// npm run api-report [-- --check]: the package's public surface, one API report per entry of
// package.json's exports (api/<entry>.api.md, made by API Extractor from the declarations the
// build emits), so that a change to the surface shows in review as a diff of those files; exports
// without a TSDoc comment, and types an entry uses without exporting, are listed in them. --check
// changes nothing and exits 1 when a report is not what the declarations give, or a TSDoc comment
// is malformed (repo-checks/api-report.int.test.ts runs it so).
import { copyFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  Extractor,
  ExtractorConfig,
  ExtractorLogLevel,
  type ExtractorMessage,
} from '@microsoft/api-extractor';
import { PROJECT_ROOT } from '../common/project-root.js';
import { EXIT, parseFlags, runCommand } from './command.js';

const HELP = `usage: npm run api-report -- [--check]
  writes api/<entry>.api.md for every entry of package.json's exports
  --check   write nothing; exit 1 when a report differs or an export is undocumented`;

const pkg = createRequire(import.meta.url)('../package.json') as {
  name: string;
  exports: Record<string, string | { types: string }>;
};

/** './generators' -> 'generators', '.' -> 'index'. */
const reportName = (entry: string): string => (entry === '.' ? 'index' : entry.slice(2));

/**
 * Declarations only, into a directory of their own: dist/ may be being built meanwhile, and API
 * Extractor would not look into files under node_modules/ (it takes them for other packages).
 */
function emitDeclarations(): string {
  const out = join(tmpdir(), `${pkg.name}-api-report-${process.pid}`);
  rmSync(out, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const built = spawnSync(
    process.execPath,
    [
      tsc,
      '-p',
      'tsconfig.build.json',
      '--emitDeclarationOnly',
      '--sourceMap',
      'false',
      '--inlineSources',
      'false',
      '--outDir',
      out,
    ],
    { cwd: PROJECT_ROOT, encoding: 'utf8' },
  );
  if (built.status !== 0) throw new Error(`tsc failed:\n${built.stdout}${built.stderr}`);
  // The precompiled validators' declarations come from npm run generate, not from tsc.
  for (const f of readdirSync(join(PROJECT_ROOT, 'generated')).filter((f) => f.endsWith('.d.cts')))
    copyFileSync(join(PROJECT_ROOT, 'generated', f), join(out, 'generated', f));
  return out;
}

function report(declarations: string, entry: string, check: boolean): string[] {
  const target = pkg.exports[entry];
  if (typeof target !== 'object') return [];
  const name = reportName(entry);
  const problems: string[] = [];
  const config = ExtractorConfig.prepare({
    configObject: {
      projectFolder: PROJECT_ROOT,
      mainEntryPointFilePath: join(declarations, target.types.replace(/^\.\/dist\//, '')),
      compiler: { overrideTsconfig: { compilerOptions: { types: ['node'], skipLibCheck: true } } },
      apiReport: {
        enabled: true,
        reportFileName: `${name}.api.md`,
        reportFolder: join(PROJECT_ROOT, 'api'),
        reportTempFolder: join(declarations, 'api-temp'),
      },
      docModel: { enabled: false },
      dtsRollup: { enabled: false },
      tsdocMetadata: { enabled: false },
      messages: {
        extractorMessageReporting: {
          // One package, no release stages: every export is public.
          'ae-missing-release-tag': { logLevel: ExtractorLogLevel.None },
          // The report marks each undocumented item itself: "(undocumented)".
          'ae-undocumented': { logLevel: ExtractorLogLevel.None },
          // Listed in the report, where review sees them come and go.
          'ae-forgotten-export': { logLevel: ExtractorLogLevel.Warning, addToApiReportFile: true },
          default: { logLevel: ExtractorLogLevel.Warning },
        },
        tsdocMessageReporting: { default: { logLevel: ExtractorLogLevel.Warning } },
      },
    },
    configObjectFullPath: join(PROJECT_ROOT, 'api', 'api-extractor.json'),
    packageJsonFullPath: join(PROJECT_ROOT, 'package.json'),
  });
  const result = Extractor.invoke(config, {
    localBuild: !check,
    messageCallback: (m: ExtractorMessage) => {
      m.handled = true;
      // The report's own changes are told apart below (apiReportChanged).
      if (m.messageId.startsWith('console-')) return;
      if (m.logLevel !== ExtractorLogLevel.Warning && m.logLevel !== ExtractorLogLevel.Error)
        return;
      const where = m.sourceFilePath
        ? `${m.sourceFilePath.replace(`${declarations}/`, '').replace(/\.d\.ts$/, '.ts')}:${m.sourceFileLine ?? 0}: `
        : '';
      problems.push(`${name}: ${where}${m.text} (${m.messageId})`);
    },
  });
  if (result.apiReportChanged && check)
    problems.push(
      `${name}: api/${name}.api.md differs from the declarations: run npm run api-report`,
    );
  else if (result.apiReportChanged) console.log(`api/${name}.api.md updated`);
  return problems;
}

await runCommand('api-report', () => {
  const { values } = parseFlags('npm run api-report --', {
    check: { type: 'boolean' },
    help: { type: 'boolean' },
  });
  if (values.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const declarations = emitDeclarations();
  try {
    const problems = Object.keys(pkg.exports).flatMap((e) =>
      report(declarations, e, values.check === true),
    );
    for (const p of problems) console.error(p);
    return problems.length === 0 ? EXIT.ok : EXIT.failed;
  } finally {
    rmSync(declarations, { recursive: true, force: true });
  }
});
