// A vitest reporter that turns finished tests into CheckResults (verdicts/model.ts) and shows
// progress, one line per test file, on a stream.
import { relative } from 'node:path';
import type { Reporter, TestCase, TestModule, Vitest } from 'vitest/node';
import type { CheckResult } from './model.js';
import '../harness/checks/meta.js';
import { auditCheck } from './wire-audit-check.js';

export class CheckCollector implements Reporter {
  readonly checks: CheckResult[] = [];
  cases = 0;
  readonly unhandled: string[] = [];
  /** The running vitest, so that a run can be cancelled (SIGINT) while it is under way. */
  vitest: Vitest | undefined;

  constructor(
    private readonly root: string,
    private readonly progress: NodeJS.WritableStream | undefined,
    /** Builds the one-line command that replays a failed check (and a property's case). */
    /** Without a name, the command replays the whole file (a file's wire audit). */
    private readonly replay: (
      file: string,
      name: string | undefined,
      path: string | undefined,
    ) => string,
  ) {}

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestCaseResult(test: TestCase): void {
    const result = test.result();
    const meta = test.meta();
    const file = relative(this.root, test.module.moduleId);
    const state = result.state === 'passed' ? 'pass' : result.state === 'failed' ? 'fail' : 'skip';
    this.cases += meta.cases ?? (state === 'skip' ? 0 : 1);
    // A check that passed without running a case verified nothing.
    const incomplete =
      meta.incomplete ?? (state === 'pass' && meta.cases === 0 ? 'it ran no case' : undefined);
    const error =
      result.state === 'failed' ? result.errors?.map((e) => e.message).join('\n') : undefined;
    this.checks.push({
      id: `${file} > ${test.name}`,
      file,
      name: test.name,
      requirements: meta.requirements ?? [],
      state,
      durationMs: Math.round(test.diagnostic()?.duration ?? 0),
      ...(meta.brokenRequirements &&
        state === 'fail' && { brokenRequirements: meta.brokenRequirements }),
      ...(error !== undefined && { error }),
      ...(meta.exchanges && state === 'fail' && { exchanges: meta.exchanges }),
      ...(state === 'fail' && { replay: this.replay(file, test.name, meta.replayPath) }),
      ...(meta.observations && { observations: meta.observations }),
      ...(state === 'pass' && incomplete !== undefined && { incomplete }),
      ...(state === 'skip' &&
        meta.notCoveredBecause !== undefined && { notCoveredBecause: meta.notCoveredBecause }),
    });
  }

  onTestModuleEnd(module: TestModule): void {
    const file = relative(this.root, module.moduleId);
    // Errors outside any check fail the run, whether or not progress is shown.
    for (const e of module.errors()) this.unhandled.push(`${file}: ${e.message}`);
    const audit = module.meta().wireAudit;
    if (audit) this.checks.push(auditCheck(file, audit, this.replay(file, undefined, undefined)));
    if (!this.progress) return;
    const tests = [...module.children.allTests()];
    const failed = tests.filter((t) => t.result().state === 'failed').length;
    const mark = module.state() === 'failed' || failed > 0 ? 'FAIL' : 'ok  ';
    this.progress.write(
      `  ${mark} ${file} (${tests.length} checks${failed ? `, ${failed} failed` : ''})\n`,
    );
  }
}
