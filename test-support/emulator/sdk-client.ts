// An @aws-sdk/client-apprunner client for the emulator: explicit fake credentials and Region
// (never the default chain) and one attempt (the SDK retries 5xx, which would hide them).
import { AppRunnerClient } from '@aws-sdk/client-apprunner';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

export function sdkClient(url: string, region = 'us-east-1'): AppRunnerClient {
  return new AppRunnerClient({
    endpoint: url,
    region,
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'not-a-secret' },
    maxAttempts: 1,
  });
}
