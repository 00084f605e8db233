// What a live run writes (console, reports) never carries a real account id or a credential.
// The ledger keeps real ARNs: it is what cleanup works from, and it stays with the operator.
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';

export interface Secrets {
  account?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
}

export function redactText(text: string, secrets: Secrets): string {
  let out = text;
  for (const secret of [secrets.secretAccessKey, secrets.sessionToken, secrets.accessKeyId]) {
    if (secret) out = out.split(secret).join('[redacted]');
  }
  if (secrets.account && secrets.account !== PLACEHOLDER_ACCOUNT)
    out = out.split(secrets.account).join(PLACEHOLDER_ACCOUNT);
  return out
    .replace(/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, '[redacted-key-id]')
    .replace(/Signature=[0-9a-f]{64}/g, 'Signature=[redacted]')
    .replace(/(X-Amz-Security-Token[=:]\s*)[A-Za-z0-9/+=%]+/gi, '$1[redacted]');
}

/** A JSON value with every string redacted. */
export function redactJson<T>(value: T, secrets: Secrets): T {
  return JSON.parse(redactText(JSON.stringify(value), secrets)) as T;
}
