// Turns a live run's observations into a proposed update of the requirement catalogue: each
// OBSERVE requirement the real service answered moves from unknown/inferred to observed, with
// what was seen and where. The level stays OBSERVE: promoting one to MUST is a person's decision.
import type { ConformanceReport } from './model.js';

interface CatalogueEntry {
  id: string;
  statement: string;
  level: string;
  source: string;
  confidence: string;
  [k: string]: unknown;
}

export interface Proposal {
  id: string;
  from: string;
  to: 'observed';
  observed: unknown[];
}

export function proposeCatalogue(
  catalogue: { requirements: CatalogueEntry[] },
  report: ConformanceReport,
): { catalogue: { requirements: CatalogueEntry[] }; proposals: Proposal[] } {
  const seen = new Map(
    report.requirements.filter((r) => r.outcome === 'observed').map((r) => [r.id, r.observations]),
  );
  const where = `observed in live run ${report.live?.runId ?? '?'} on ${report.run.startedAt.slice(0, 10)} (${report.target.region}, suite ${report.suite.version})`;
  const proposals: Proposal[] = [];
  const requirements = catalogue.requirements.map((r) => {
    const observed = seen.get(r.id);
    if (r.level !== 'OBSERVE' || !observed || observed.length === 0) return r;
    proposals.push({ id: r.id, from: r.confidence, to: 'observed', observed });
    return {
      ...r,
      confidence: 'observed',
      source: `${r.source}; ${where}: ${JSON.stringify(observed.length === 1 ? observed[0] : observed)}`,
    };
  });
  return { catalogue: { ...catalogue, requirements }, proposals };
}
