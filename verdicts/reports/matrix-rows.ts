// What the matrix shows per requirement: each target's verdict, and whether the targets
// disagree on its outcome or on what they observed. Kept apart from the markup so that what
// counts as a difference is decided, and tested, in one place.
import type { ConformanceReport, Outcome, RequirementVerdict } from '../model.js';
import { canonicalJson } from './canonical-json.js';

export interface MatrixRow {
  id: string;
  /** Each report's verdict on the requirement, by column; undefined where a report lacks it. */
  verdicts: (RequirementVerdict | undefined)[];
  /** The outcomes differ, a report lacking the requirement counting as one more outcome. */
  outcomeDiffers: boolean;
  /** The reports that have the requirement observed different values. */
  observationsDiffer: boolean;
}

/**
 * A requirement's observations as one comparable text: each value in canonical JSON, sorted.
 * They come one per citing check, in the order the run listed its checks, which says nothing
 * about the target; so the same values in another order are the same observations.
 */
export function observationsKey(v: RequirementVerdict): string {
  return JSON.stringify(v.observations.map(canonicalJson).sort());
}

/** Requirement ids in the order they first appear, so each report's own order is kept. */
function requirementIds(reports: ConformanceReport[]): string[] {
  return [...new Set(reports.flatMap((r) => r.requirements.map((v) => v.id)))];
}

export function matrixRows(reports: ConformanceReport[]): MatrixRow[] {
  const indexes = reports.map((r) => new Map(r.requirements.map((v) => [v.id, v])));
  return requirementIds(reports).map((id) => {
    const verdicts = indexes.map((ix) => ix.get(id));
    const outcomes = new Set<Outcome | undefined>(verdicts.map((v) => v?.outcome));
    const present = verdicts.filter((v) => v !== undefined);
    const observed = new Set(present.map(observationsKey));
    return {
      id,
      verdicts,
      outcomeDiffers: outcomes.size > 1,
      observationsDiffer: observed.size > 1,
    };
  });
}

export const rowDiffers = (row: MatrixRow): boolean => row.outcomeDiffers || row.observationsDiffer;
