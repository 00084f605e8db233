// npm run sweep -- [--endpoint URL] [--region R] [--profile P] [--ledger FILE] [--run ID]
//                  [--older-than 1h] [--live --account ID]
// Deletes what live runs left behind (after a SIGKILL, say): connections the ledger says were
// created and never deleted, and connections whose name carries a run prefix and that are tagged
// with a run id. Prints what it removed. Exit 0 all deleted, 1 some could not be, 2 usage error.
import { createClient } from '../harness/client.js';
import { resolveTarget, type TargetConfig } from '../harness/target-config.js';
import { prepareLiveRun } from './live-flags.js';
import { redactText } from '../live/redact.js';
import { sweep } from '../live/sweep.js';
import { parseDuration } from '../live/duration.js';
import { EXIT, parseFlags, runCommand } from './command.js';

await runCommand('sweep', async () => {
  const { values: v } = parseFlags('npm run sweep --', {
    endpoint: { type: 'string' },
    region: { type: 'string' },
    profile: { type: 'string' },
    ledger: { type: 'string' },
    run: { type: 'string' },
    'older-than': { type: 'string' },
    live: { type: 'boolean' },
    account: { type: 'string', multiple: true },
    'sts-endpoint': { type: 'string' },
  });
  const base = resolveTarget({}, {});
  const endpoint =
    v.endpoint ?? process.env.AWS_ENDPOINT_URL_APPRUNNER ?? process.env.AWS_ENDPOINT_URL;
  const target: TargetConfig = {
    ...base,
    kind: 'endpoint',
    endpoint: endpoint || undefined,
    region: v.region ?? process.env.AWS_REGION ?? base.region,
    profile: v.profile ?? process.env.AWS_PROFILE,
    maxAttempts: 5,
  };
  const olderThanMs = v['older-than'] ? parseDuration('older-than', v['older-than']) : undefined;
  // Deleting on a real account goes through the same guard as a live run.
  const live = await prepareLiveRun(v, target);
  const { client } = createClient(target);
  try {
    const result = await sweep(client, {
      ...(v.ledger && { ledger: v.ledger }),
      ...(v.run && { runId: v.run }),
      ...(olderThanMs !== undefined && { olderThanMs }),
    });
    const say = (line: string): void => console.log(live ? redactText(line, live.secrets) : line);
    for (const d of result.deleted) say(`deleted ${d.name} (${d.why}): ${d.arn}`);
    for (const f of result.failed) say(`could not delete ${f.arn}: ${f.error}`);
    // A create that was in flight when its run died: not listed now, so most likely never made.
    for (const n of result.unresolved)
      say(`not found: ${n} (a create whose answer the ledger lacks)`);
    say(`sweep: ${result.deleted.length} deleted, ${result.failed.length} failed`);
    return result.failed.length === 0 ? EXIT.ok : EXIT.failed;
  } finally {
    client.destroy();
  }
});
