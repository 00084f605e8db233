// Proof that the gate works, in both directions: the faithful emulator passes; every deviation
// (one broken MUST requirement each) is caught, i.e. the gate fails that requirement; every
// variant (a freedom the contract leaves) passes.
import { DEVIATIONS, VARIANTS, type Deviation } from '../emulator/index.js';
import { resolveTarget } from '../harness/target-config.js';
import type { ConformanceReport } from './model.js';
import { runConformance } from './run-conformance.js';

export interface MutantResult {
  name: string;
  breaks: string;
  caught: boolean;
  /** MUST requirements the run failed besides the one the deviation breaks. */
  collateral: string[];
  /** The checks that failed: together, the runs show which checks can fail at all. */
  failedChecks: string[];
  durationMs: number;
}

export interface VariantResult {
  name: string;
  passed: boolean;
  failed: string[];
  durationMs: number;
}

export interface MutationScore {
  faithful: {
    passed: boolean;
    failed: string[];
    durationMs: number;
    uncited: string[];
    /** Every check of the faithful run, with the requirements it cites. */
    checks: { id: string; requirements: string[] }[];
  };
  mutants: MutantResult[];
  variants: VariantResult[];
}

export interface MutationOptions {
  seed: number;
  runs: number;
  deviations?: readonly Deviation[];
  variants?: readonly string[];
  progress?: (line: string) => void;
}

const failedMust = (r: ConformanceReport): string[] =>
  r.requirements.filter((v) => v.level === 'MUST' && v.outcome === 'fail').map((v) => v.id);

async function run(
  options: MutationOptions,
  emulator: { deviation?: string; variants?: string[] },
  files?: string[],
) {
  return runConformance({
    target: { ...resolveTarget({}, {}), namePrefix: 'cm-' },
    seed: options.seed,
    runs: options.runs,
    emulator,
    ...(files && { files }),
    replayBase: `npm run conformance -- --runs ${options.runs}`,
  });
}

/** Test files whose checks cite `id`: a deviation of `id` need only run those. */
function filesCiting(report: ConformanceReport, id: string): string[] {
  return [...new Set(report.checks.filter((c) => c.requirements.includes(id)).map((c) => c.file))];
}

export async function mutationScore(options: MutationOptions): Promise<MutationScore> {
  const say = options.progress ?? (() => undefined);
  const faithful = await run(options, {});
  const failed = failedMust(faithful);
  const uncited = faithful.requirements.filter((r) => r.outcome === 'not-covered').map((r) => r.id);
  say(
    `faithful emulator: ${failed.length === 0 ? 'pass' : `FAIL ${failed.join(', ')}`} (${faithful.run.durationMs} ms)`,
  );

  const mutants: MutantResult[] = [];
  for (const d of options.deviations ?? DEVIATIONS) {
    const files = filesCiting(faithful, d.breaks);
    const report = files.length > 0 ? await run(options, { deviation: d.name }, files) : undefined;
    const failing = report ? failedMust(report) : [];
    const result = {
      name: d.name,
      breaks: d.breaks,
      caught: failing.includes(d.breaks),
      collateral: failing.filter((id) => id !== d.breaks),
      failedChecks: report ? report.checks.filter((c) => c.state === 'fail').map((c) => c.id) : [],
      durationMs: report?.run.durationMs ?? 0,
    };
    mutants.push(result);
    say(
      `deviation ${d.name} (${d.breaks}): ${result.caught ? 'caught' : 'NOT CAUGHT'}${result.collateral.length ? `; also failed ${result.collateral.join(', ')}` : ''}`,
    );
  }

  const variants: VariantResult[] = [];
  const names = options.variants ?? VARIANTS.map((v) => v.name);
  for (const combo of [...names.map((n) => [n]), [...names]]) {
    const report = await run(options, { variants: combo });
    const result = {
      name: combo.length === 1 ? (combo[0] ?? '') : 'all variants together',
      passed: report.summary.verdict === 'pass',
      failed: failedMust(report),
      durationMs: report.run.durationMs,
    };
    variants.push(result);
    say(`variant ${result.name}: ${result.passed ? 'pass' : `FAIL ${result.failed.join(', ')}`}`);
  }
  return {
    faithful: {
      passed: faithful.summary.verdict === 'pass',
      failed,
      durationMs: faithful.run.durationMs,
      uncited,
      checks: faithful.checks.map((c) => ({ id: c.id, requirements: c.requirements })),
    },
    mutants,
    variants,
  };
}
