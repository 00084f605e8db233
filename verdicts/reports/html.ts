// The self-contained HTML page: one report shows its verdict per requirement and its failures;
// several show a matrix, one column per target. It opens from file:// with nothing else.
import type { ConformanceReport } from '../model.js';
import { matrixBody } from './html-matrix.js';
import { page } from './html-page.js';
import { reportBody } from './html-report.js';

export function renderHtml(reports: ConformanceReport[]): string {
  const [first, ...rest] = reports;
  if (!first) throw new Error('renderHtml needs at least one report');
  if (rest.length === 0) {
    return page(
      `Conformance ${first.summary.verdict.toUpperCase()}: ${first.target.label}`,
      reportBody(first),
    );
  }
  return page(
    `Conformance matrix: ${reports.map((r) => r.target.label).join(', ')}`,
    matrixBody(reports),
  );
}
