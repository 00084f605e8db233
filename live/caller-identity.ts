// Who the credentials belong to, asked of STS before a live run writes anything.
import { GetCallerIdentityCommand, STSClient } from '@aws-sdk/client-sts';

export interface CallerOptions {
  region: string;
  profile?: string;
  /** STS endpoint override (a test double on loopback). */
  endpoint?: string;
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string };
}

export async function callerAccount(options: CallerOptions): Promise<string> {
  const sts = new STSClient({
    region: options.region,
    maxAttempts: 3,
    ...(options.profile && { profile: options.profile }),
    ...(options.endpoint && { endpoint: options.endpoint }),
    ...(options.credentials && { credentials: options.credentials }),
  });
  try {
    const out = await sts.send(new GetCallerIdentityCommand({}));
    if (!out.Account) throw new Error('STS GetCallerIdentity answered no Account');
    return out.Account;
  } finally {
    sts.destroy();
  }
}
