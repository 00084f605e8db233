// Every operation and every error the emulator answers, driven by Python's boto3 (botocore reads
// only the body's __type, unlike the JS SDK). Skipped, with the reason in its name, when
// python3 or boto3 is missing.
import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { useEmulator } from './test-support/use-emulator.js';

const SCRIPT = fileURLToPath(new URL('./boto3/exercise.py', import.meta.url));

function boto3Missing(): string | undefined {
  const probe = spawnSync('python3', ['-c', 'import boto3'], { encoding: 'utf8', timeout: 20_000 });
  if (probe.error) return `python3 not runnable: ${probe.error.message}`;
  return probe.status === 0 ? undefined : 'python3 cannot import boto3';
}

type Step = {
  ok: boolean;
  status?: number;
  code?: string;
  output?: Record<string, never>;
  names?: string[];
};

const missing = boto3Missing();
const title = missing
  ? `boto3 drives every operation and error (skipped: ${missing})`
  : 'boto3 drives every operation and error';

describe('the emulator through boto3', () => {
  const emulator = useEmulator({ connectionQuota: 3 });

  it.skipIf(missing !== undefined)(title, async () => {
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
      expect.stringMatching(
        /^arn:aws:apprunner:eu-west-1:000000000000:connection\/boto-one\/[0-9a-f]{32}$/,
      ),
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
});
