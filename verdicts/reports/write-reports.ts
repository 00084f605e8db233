// Writes a run's reports into a directory: report.json (the ConformanceReport itself, described
// by verdicts/report.schema.json), junit.xml and report.html, each replaced atomically; and, in
// a GitHub Actions job, appends the Markdown summary to $GITHUB_STEP_SUMMARY.
import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../../common/atomic-write.js';
import type { ConformanceReport } from '../model.js';
import { renderHtml } from './html.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';

/** Returns the paths written, the step summary last when it was appended to. */
export async function writeReports(
  report: ConformanceReport,
  dir: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string[]> {
  // Everything is rendered before anything is written: a report that cannot be rendered leaves
  // the previous reports as they were, all three of them.
  const files: [string, string][] = [
    ['report.json', `${JSON.stringify(report, null, 2)}\n`],
    ['junit.xml', renderJunit(report)],
    ['report.html', renderHtml([report])],
  ];
  const markdown = env.GITHUB_STEP_SUMMARY ? renderMarkdown(report) : undefined;
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const [name, content] of files) {
    const path = join(dir, name);
    writeFileAtomic(path, content);
    written.push(path);
  }
  if (env.GITHUB_STEP_SUMMARY && markdown !== undefined) {
    // Appended, not replaced: every step of a job adds to the same summary.
    await appendFile(env.GITHUB_STEP_SUMMARY, `${markdown}\n`, 'utf8');
    written.push(env.GITHUB_STEP_SUMMARY);
  }
  return written;
}
