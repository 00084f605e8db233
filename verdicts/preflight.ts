// Before any check runs: can the target be reached at all? An unreachable endpoint or missing
// credentials is a usage error (exit 2), not a conformance failure.
import { ListConnectionsCommand } from '@aws-sdk/client-apprunner';
import { InputError } from '../common/input-error.js';
import { createClient } from '../harness/client.js';
import type { TargetConfig } from '../harness/target-config.js';

const PREFLIGHT_TIMEOUT_MS = 10_000;

export async function preflight(target: TargetConfig): Promise<void> {
  const { client } = createClient({ ...target, maxAttempts: 1 });
  try {
    await client.send(new ListConnectionsCommand({ MaxResults: 1 }), {
      abortSignal: AbortSignal.timeout(PREFLIGHT_TIMEOUT_MS),
    });
  } catch (e) {
    const err = e as {
      name?: string;
      code?: string;
      message?: string;
      $metadata?: { httpStatusCode?: number };
    };
    // Any answer from the service, even an error, means it is reachable.
    if (err.$metadata?.httpStatusCode !== undefined) return;
    const where = target.endpoint ?? `the ${target.region} endpoint`;
    if (err.name === 'CredentialsProviderError') {
      throw new InputError(
        `no AWS credentials for ${where}: set AWS_PROFILE, pass --profile, or export AWS_ACCESS_KEY_ID`,
      );
    }
    const why = err.code ?? err.name ?? 'no answer';
    throw new InputError(`cannot reach ${where} (${why}); is it running, and is the URL right?`);
  } finally {
    client.destroy();
  }
}
