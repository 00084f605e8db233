// Every operation and every error the emulator answers, driven by Python's boto3 (botocore reads
// only the body's __type, unlike the JS SDK). Without python3 or boto3 the test is skipped, and
// says why on stderr at load and in its skip note (a bare "1 skipped" hides a lost check); with
// REQUIRE_BOTO3=1 (CI sets it) it fails instead, so the check cannot disappear unnoticed there.
import { execFile, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { boto3Missing, clientTool } from '../test-support/client-tools.js';
import { useEmulator } from '../test-support/emulator/use-emulator.js';

const SCRIPT = fileURLToPath(new URL('./boto3/exercise.py', import.meta.url));
const FILE = 'boto3.int.test.ts';

const boto3 = clientTool(FILE, 'REQUIRE_BOTO3', 'python3-boto3', boto3Missing);

type Step = {
  ok: boolean;
  status?: number;
  code?: string;
  output?: Record<string, unknown>;
  names?: string[];
};

/** The names a ListConnections step answered, in order. */
function listed(step: Step | undefined): string[] | undefined {
  const list = step?.output?.ConnectionSummaryList as { ConnectionName: string }[] | undefined;
  return list?.map((c) => c.ConnectionName);
}

type Arned = { ConnectionArn: string };

const arnIn = (region: string, name: string) =>
  new RegExp(`^arn:aws:apprunner:${region}:000000000000:connection/${name}/[0-9a-f]{32}$`);

describe('the emulator through boto3', () => {
  const emulator = useEmulator({ connectionQuota: 3 });

  it('boto3 drives every operation and error', async (context) => {
    boto3.needIn(context);
    // Asynchronous: the emulator runs in this process and must keep answering meanwhile.
    const run = await promisify(execFile)('python3', [SCRIPT, emulator().url], {
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(run.stderr).toBe('');
    const steps = JSON.parse(run.stdout) as Record<string, Step>;
    const error = (code: string, status = 400) => ({ ok: false, code, status });

    expect(steps.create).toMatchObject({
      ok: true,
      status: 200,
      output: {
        Connection: {
          ConnectionName: 'boto-one',
          ProviderType: 'GITHUB',
          Status: 'PENDING_HANDSHAKE',
        },
      },
    });
    expect(steps.create?.output?.Connection).toHaveProperty(
      'ConnectionArn',
      expect.stringMatching(arnIn('eu-west-1', 'boto-one')),
    );
    expect(steps['create-duplicate']).toMatchObject(error('InvalidRequestException'));
    expect(steps['create-invalid-name']).toMatchObject(error('InvalidRequestException'));
    expect(steps['create-over-quota']).toMatchObject(error('ServiceQuotaExceededException', 402));
    expect(steps['list-filter']).toMatchObject({
      ok: true,
      output: {
        ConnectionSummaryList: [{ ConnectionName: 'boto-two', ProviderType: 'BITBUCKET' }],
      },
    });
    expect(steps['list-paginated']?.names).toEqual(['boto-one', 'boto-two', 'boto-three']);
    expect(steps['list-forged-token']).toMatchObject(error('InvalidRequestException'));
    // A real token (the control step shows it works) refused once MaxResults or the filter differs.
    expect(steps['list-token-same-params']).toMatchObject({ ok: true, status: 200 });
    expect(listed(steps['list-token-same-params'])).toEqual(['boto-two']);
    expect(steps['list-token-other-max']).toMatchObject(error('InvalidRequestException'));
    expect(steps['list-token-other-name']).toMatchObject(error('InvalidRequestException'));
    expect(listed(steps['list-without-max'])).toEqual(['boto-one', 'boto-two', 'boto-three']);
    expect(steps['list-without-max']?.output).not.toHaveProperty('NextToken');
    // us-west-2 sees nothing of eu-west-1, and its quota and names are its own.
    expect(listed(steps['region-b-list'])).toEqual([]);
    expect(steps['region-b-list']?.output).not.toHaveProperty('NextToken');
    expect(steps['region-b-list-tags']).toMatchObject(error('ResourceNotFoundException'));
    expect(steps['region-b-delete']).toMatchObject(error('ResourceNotFoundException'));
    expect(steps['region-b-create']).toMatchObject({ ok: true, status: 200 });
    expect(steps['region-b-create']?.output?.Connection).toHaveProperty(
      'ConnectionArn',
      expect.stringMatching(arnIn('us-west-2', 'boto-one')),
    );
    expect(listed(steps['list-after-region-b'])).toEqual(['boto-one', 'boto-two', 'boto-three']);
    expect(steps['list-after-region-b']?.output?.ConnectionSummaryList).toContainEqual(
      expect.objectContaining({
        ConnectionArn: (steps.create?.output?.Connection as Arned | undefined)?.ConnectionArn,
      }),
    );
    expect(steps.tag).toMatchObject({ ok: true, status: 200, output: {} });
    expect(steps.untag).toMatchObject({ ok: true, status: 200, output: {} });
    expect(steps['list-tags']).toMatchObject({
      ok: true,
      output: {
        Tags: [
          { Key: 'team', Value: 'b' },
          { Key: 'env', Value: 'dev' },
        ],
      },
    });
    expect(steps['tag-aws-key']).toMatchObject(error('InvalidRequestException'));
    expect(steps.delete).toMatchObject({
      ok: true,
      output: { Connection: { ConnectionName: 'boto-one', Status: 'DELETED' } },
    });
    expect(steps['delete-again']).toMatchObject(error('ResourceNotFoundException'));
    expect(steps['list-tags-deleted']).toMatchObject(error('ResourceNotFoundException'));
    expect(steps['untag-deleted']).toMatchObject(error('ResourceNotFoundException'));
  });

  it('names the reason boto3 cannot be imported', (context) => {
    if (spawnSync('python3', ['--version'], { timeout: 20_000 }).status !== 0) {
      return context.skip('python3 is not runnable');
    }
    // A boto3 package first on the path that fails to import, as a broken install would.
    const dir = mkdtempSync(join(tmpdir(), 'fake-boto3-'));
    try {
      mkdirSync(join(dir, 'boto3'));
      writeFileSync(join(dir, 'boto3', '__init__.py'), 'raise ImportError("fake boto3")\n');
      expect(boto3Missing({ ...process.env, PYTHONPATH: dir })).toBe(
        'python3 cannot import boto3 (ImportError: fake boto3)',
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
