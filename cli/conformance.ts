// npm run conformance [-- --endpoint URL ...]: the acceptance gate. With no target it starts the
// embedded reference emulator. Exit 0: every MUST requirement holds (or fails exactly as the
// expectations file says); 1: a MUST requirement fails unexpectedly, or an expected failure
// passes; 2: usage or configuration error; 3: none fails, but a MUST requirement could not be
// verified; 130/143: stopped by SIGINT/SIGTERM (after cleanup).
import { randomBytes } from 'node:crypto';
import { resolveTarget, type TargetConfig } from '../harness/target-config.js';
import { DEFAULT_RUNS } from '../harness/run-config.js';
import { renderConsoleSummary } from '../verdicts/console-summary.js';
import { loadExpectations } from '../verdicts/expectations.js';
import { DEFAULT_ENDPOINT_WORKERS, runConformance } from '../verdicts/run-conformance.js';
import { EXIT, parseFlags, runCommand, UsageError, wholeNumberFlag } from './command.js';
import { checkedRegion, checkedReportDir } from './run-flags.js';
import {
  FIXTURE_FLAGS,
  FIXTURE_HELP,
  fixtureTarget,
  withFixturesDefault,
} from './fixture-flags.js';
import {
  LIVE_DEFAULT_RUNS,
  LIVE_FLAGS,
  LIVE_HELP,
  liveTarget,
  prepareLiveRun,
  type LiveRun,
} from './live-flags.js';
import { redactJson } from '../live/redact.js';
import { markStopped } from '../live/stop.js';
import type { ConformanceReport } from '../verdicts/model.js';

const HELP = `usage: npm run conformance -- [options]
  (no target)             run against the embedded reference emulator
  --endpoint URL          run against URL (default: $AWS_ENDPOINT_URL_APPRUNNER, $AWS_ENDPOINT_URL)
  --region R              Region of the client and of the ARNs (default: $AWS_REGION, us-east-1)
  --profile P             AWS profile for credentials (default: $AWS_PROFILE)
  --account ID            account the ARNs must name (default: learned from the first ARN)
  --connection-quota N    the target's connection quota (default 10)
  --control URL           the target's control interface (the reference emulator's: ENDPOINT/_emulator):
                          also check handshakes and the errors no request provokes (embedded: always)
  --expectations FILE     known failures of this implementation (verdicts/expectations.schema.json)
  --report-dir DIR        write report.json, junit.xml and report.html there
  --label NAME            the target's name in reports
  --seed S, --runs N      property seed and cases per property (default: random seed, ${DEFAULT_RUNS} runs)
  --only FILE --test NAME run one test file, one check (replay commands use these)
  --replay-path PATH      with --seed, replay one property case
  --workers N             test files at once against an endpoint (default ${DEFAULT_ENDPOINT_WORKERS}; a live run
                          and a recording: 1); files that create connections take turns
  --property-budget-ms N  how long each property may take before it stops with what it verified
                          (default: sized from the measured round trip, at least two thirds of
                          its test's timeout)
  --concurrency N         cases in flight at once in properties whose cases are independent
                          (default: 8 against an endpoint, 1 on a live run and embedded)
${FIXTURE_HELP}
${LIVE_HELP}`;

const FLAGS = {
  endpoint: { type: 'string' },
  region: { type: 'string' },
  profile: { type: 'string' },
  account: { type: 'string', multiple: true },
  'connection-quota': { type: 'string' },
  control: { type: 'string' },
  expectations: { type: 'string' },
  'report-dir': { type: 'string' },
  label: { type: 'string' },
  seed: { type: 'string' },
  runs: { type: 'string' },
  only: { type: 'string', multiple: true },
  test: { type: 'string' },
  'replay-path': { type: 'string' },
  workers: { type: 'string' },
  concurrency: { type: 'string' },
  'property-budget-ms': { type: 'string' },
  help: { type: 'boolean' },
  ...FIXTURE_FLAGS,
  ...LIVE_FLAGS,
} as const;

/** --region, else AWS_REGION, else AWS_DEFAULT_REGION: the first that is set, checked. */
function regionFrom(flag: string | undefined): string | undefined {
  if (flag !== undefined) return checkedRegion(flag, '--region');
  for (const name of ['AWS_REGION', 'AWS_DEFAULT_REGION']) {
    const value = process.env[name];
    if (value !== undefined && value !== '') return checkedRegion(value, name);
  }
  return undefined;
}

function endpointFrom(flag: string | undefined): string | undefined {
  const url = flag ?? process.env.AWS_ENDPOINT_URL_APPRUNNER ?? process.env.AWS_ENDPOINT_URL;
  if (url === undefined || url === '') return undefined;
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error('not http(s)');
  } catch {
    throw new UsageError(`--endpoint must be an http(s) URL, got "${url}"`);
  }
  return url;
}

/** --control: an http(s) URL, for a target given by --endpoint (the embedded one has its own). */
function controlFrom(flag: string, target: TargetConfig): string {
  if (target.kind !== 'endpoint' || target.endpoint === undefined)
    throw new UsageError(
      '--control needs --endpoint: the embedded emulator brings its own, fixtures have none',
    );
  try {
    if (!['http:', 'https:'].includes(new URL(flag).protocol)) throw new Error('not http(s)');
  } catch {
    throw new UsageError(
      `--control must be an http(s) URL such as ${target.endpoint}/_emulator, got "${flag}"`,
    );
  }
  return flag;
}

await runCommand('conformance', async () => {
  const { values: v } = parseFlags(
    'npm run conformance --',
    FLAGS,
    withFixturesDefault(process.argv.slice(2)),
  );
  if (v.help) {
    console.log(HELP);
    return EXIT.ok;
  }
  const endpoint = endpointFrom(v.endpoint);
  let target: TargetConfig = resolveTarget({
    kind: endpoint || v.live ? 'endpoint' : 'emulator',
    endpoint,
    region: regionFrom(v.region),
    profile: v.profile ?? process.env.AWS_PROFILE,
    account: v.account?.length === 1 ? v.account[0] : undefined,
    connectionQuota: wholeNumberFlag('connection-quota', v['connection-quota'], 1),
    namePrefix: `c${randomBytes(3).toString('hex').slice(0, 4)}-`,
    ...fixtureTarget(v, v.endpoint),
  });
  if (v.control !== undefined) target = { ...target, control: controlFrom(v.control, target) };
  for (const a of v.account ?? [])
    if (!/^\d{12}$/.test(a)) throw new UsageError(`--account must be 12 digits, got "${a}"`);
  const expectations = v.expectations ? loadExpectations(v.expectations) : undefined;
  const reportDir = v['report-dir'] === undefined ? undefined : checkedReportDir(v['report-dir']);
  const seed = wholeNumberFlag('seed', v.seed, 0) ?? randomBytes(4).readUInt32BE() >>> 1;
  // Nothing is created before this: it refuses a non-loopback target without --live and an
  // allowed account, and asks STS who the caller is.
  const live: LiveRun | undefined =
    target.kind === 'fixtures' ? undefined : await prepareLiveRun(v, target);
  if (live) target = liveTarget(target, live);
  const workers = wholeNumberFlag('workers', v.workers, 1);
  const concurrency = wholeNumberFlag('concurrency', v.concurrency, 1);
  const propertyBudgetMs = wholeNumberFlag('property-budget-ms', v['property-budget-ms'], 1);
  const runs = wholeNumberFlag('runs', v.runs, 1) ?? (live ? LIVE_DEFAULT_RUNS : DEFAULT_RUNS);
  const targetFlags = [
    endpoint && `--endpoint ${endpoint}`,
    `--region ${target.region}`,
    v.profile && `--profile ${v.profile}`,
    ...(v.account ?? []).map((a) => `--account ${a}`),
    v.live && '--live',
    v['include-quota'] && '--include-quota',
    v['connection-quota'] && `--connection-quota ${v['connection-quota']}`,
    target.control && `--control ${target.control}`,
    `--runs ${runs}`,
    target.fixturesDir && `--fixtures ${target.fixturesDir}`,
  ].filter(Boolean);
  console.log(
    target.kind === 'fixtures'
      ? `App Runner connection conformance: fixtures ${target.fixturesDir} (replayed offline, with the seed and runs they were recorded with)`
      : `App Runner connection conformance: target ${endpoint ?? 'embedded emulator'}, Region ${target.region}, seed ${seed}, ${runs} runs per property`,
  );
  // SIGINT/SIGTERM: let the tests in flight finish, start no more, then clean up and exit. A
  // third signal exits at once (what is left is then the sweep's).
  const controller = new AbortController();
  let stoppedBy: NodeJS.Signals | undefined;
  let signals = 0;
  const onSignal = (signal: NodeJS.Signals): void => {
    signals += 1;
    if (signals >= 3) {
      console.error(`${signal}: exiting now${live ? '; run npm run sweep for what is left' : ''}`);
      process.exit(signal === 'SIGINT' ? 130 : 143);
    }
    if (stoppedBy) return console.error(`${signal}: still stopping (once more to exit at once)`);
    stoppedBy = signal;
    console.error(`${signal}: stopping the run${live ? ', then deleting what it created' : ''}`);
    // Before anything else: the workers check this mark before every create.
    if (live) markStopped(live.settings);
    controller.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let raw: ConformanceReport;
  let liveSummary: ConformanceReport['live'];
  try {
    raw = await runConformance({
      target,
      signal: controller.signal,
      seed,
      runs,
      ...(v.label && { label: v.label }),
      ...(expectations && { expectations }),
      ...(v.only && { files: v.only }),
      ...(v.test !== undefined && { testName: v.test }),
      ...(v['replay-path'] && { replayPath: v['replay-path'] }),
      ...(workers !== undefined && { workers }),
      ...(concurrency !== undefined && { concurrency }),
      ...(propertyBudgetMs !== undefined && { propertyBudgetMs }),
      progress: process.stdout,
      replayBase: `npm run conformance -- ${targetFlags.join(' ')}`,
    });
  } finally {
    // The run's temporary files go whatever the cleanup does (runs left conformance-calls-*).
    if (live) {
      // Read before the cleanup, whose calls are not counted, removes the counter.
      const calls = live.calls();
      const retried = live.retried();
      const swept = await live.cleanup(target).finally(() => live.dispose());
      console.log(
        `Cleanup: deleted ${swept.deleted.length} connection(s) left by run ${live.settings.runId}${swept.failed.length ? `; ${swept.failed.length} could not be deleted: run npm run sweep` : ''}`,
      );
      liveSummary = {
        runId: live.settings.runId,
        calls,
        retried,
        cleanup: { deleted: swept.deleted.length, failed: swept.failed.length },
      };
      const { throttling, transient } = liveSummary.retried;
      console.log(
        `API calls: ${liveSummary.calls}; answers retried with back-off: ${throttling} throttling, ${transient} transient (not conformance failures)`,
      );
    }
  }
  // Nothing a live run writes names the real account or a credential (the ledger aside).
  const report = live
    ? redactJson({ ...raw, ...(liveSummary && { live: liveSummary }) }, live.secrets)
    : raw;
  process.stdout.write(renderConsoleSummary(report));
  if (reportDir !== undefined) {
    const { writeReports } = await import('../verdicts/reports/write-reports.js');
    const written = await writeReports(report, reportDir);
    console.log(`Reports: ${written.join(', ')}`);
  }
  if (stoppedBy) return stoppedBy === 'SIGINT' ? 130 : 143;
  return { pass: EXIT.ok, fail: EXIT.failed, unverified: EXIT.unverified }[report.summary.verdict];
});
