// The control interface with boto3 on the other side: an injected InternalServiceErrorException is
// retried by botocore's standard retry mode as a real 500 would be, and a handshake completed over
// the control interface shows in boto3's listing. Without python3 or boto3 the test is skipped,
// and says why; with REQUIRE_BOTO3=1 (CI sets it) it fails instead, as in boto3.int.test.ts.
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { boto3Missing, clientTool } from '../test-support/client-tools.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const SCRIPT = fileURLToPath(new URL('./boto3/control.py', import.meta.url));
const FILE = 'boto3-control.int.test.ts';

const boto3 = clientTool(FILE, 'REQUIRE_BOTO3', 'python3-boto3', boto3Missing);

type Step = {
  ok?: boolean;
  status?: number;
  retries?: number;
  code?: string;
  output?: Record<string, unknown>;
  body?: Record<string, unknown>;
};

describe('the control interface through boto3', () => {
  const emulator = useEmulator();

  it('botocore retries an injected 500 and lists a handshake completed over HTTP', async (context) => {
    boto3.needIn(context);
    // Asynchronous: the emulator runs in this process and must keep answering meanwhile.
    const run = await promisify(execFile)('python3', [SCRIPT, emulator().url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    const steps = JSON.parse(run.stdout) as Record<string, Step>;

    expect(steps['inject-one']).toMatchObject({
      status: 200,
      body: { fault: { operation: 'CreateConnection', kind: 'error', count: 1, taken: 0 } },
    });
    // One retry, as botocore counts it: the first attempt took the fault, the second succeeded.
    expect(steps['create-after-one-fault']).toMatchObject({
      ok: true,
      status: 200,
      retries: 1,
      output: { Connection: { ConnectionName: 'boto-ctl', Status: 'PENDING_HANDSHAKE' } },
    });
    expect(steps['faults-after-one']).toEqual({ status: 200, body: { faults: [] } });
    // Three attempts, three faults: the injected error reaches the caller after two retries.
    expect(steps['create-after-three-faults']).toEqual({
      ok: false,
      status: 500,
      retries: 2,
      code: 'InternalServiceErrorException',
    });
    expect(steps['list-before-handshake']?.output).toMatchObject({
      ConnectionSummaryList: [{ ConnectionName: 'boto-ctl', Status: 'PENDING_HANDSHAKE' }],
    });
    expect(steps.handshake).toMatchObject({
      status: 200,
      body: { Connection: { ConnectionName: 'boto-ctl', Status: 'AVAILABLE' } },
    });
    expect(steps['list-after-handshake']).toMatchObject({
      ok: true,
      retries: 0,
      output: { ConnectionSummaryList: [{ ConnectionName: 'boto-ctl', Status: 'AVAILABLE' }] },
    });
    // The faulted create never made a connection: only the one that got through is listed.
    expect(steps['list-all-after-handshake']?.output).toMatchObject({
      ConnectionSummaryList: [{ ConnectionName: 'boto-ctl', Status: 'AVAILABLE' }],
    });
    expect(
      (steps['list-all-after-handshake']?.output?.ConnectionSummaryList as unknown[]).length,
    ).toBe(1);
  }, 90_000);
});
