// What a live run writes (console, reports) never carries a real account id or a credential, and
// no fixture reaches the disk holding one (harness/fixtures/assert-redacted.ts): the forms both
// look for are written here once. The ledger keeps real ARNs: it is what cleanup works from, and
// it stays with the operator.
import { PLACEHOLDER_ACCOUNT } from '../contract/index.js';

export interface Secrets {
  account?: string;
  accessKeyId?: string;
  secretAccessKey?: string;
  sessionToken?: string;
}

interface CredentialForm {
  what: string;
  /** Any sign of one: a file showing it is refused, however partial the credential. */
  sign: RegExp;
  /** The credential itself and what replaces it, keeping the text around it readable. */
  value?: [RegExp, string];
}

const CREDENTIALS: CredentialForm[] = [
  {
    what: 'an AWS access key id',
    sign: /(?<![A-Z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Z0-9])/,
    value: [/\b(AKIA|ASIA)[0-9A-Z]{16}\b/g, '[redacted-key-id]'],
  },
  {
    what: 'a SigV4 signature',
    sign: /Signature=/i,
    value: [/Signature=[0-9a-f]{64}/g, 'Signature=[redacted]'],
  },
  {
    what: 'a security token',
    sign: /X-Amz-Security-Token/i,
    value: [/(X-Amz-Security-Token[=:]\s*)[A-Za-z0-9/+=%]+/gi, '$1[redacted]'],
  },
  { what: 'a SigV4 credential scope', sign: /Credential=/i },
];

/** A 12-digit number standing on its own, as an account id does in an ARN or a message. */
const ACCOUNT_ID = /(?<![0-9A-Za-z])\d{12}(?![0-9A-Za-z])/g;

export function redactText(text: string, secrets: Secrets): string {
  let out = text;
  for (const secret of [secrets.secretAccessKey, secrets.sessionToken, secrets.accessKeyId]) {
    if (secret) out = out.split(secret).join('[redacted]');
  }
  if (secrets.account && secrets.account !== PLACEHOLDER_ACCOUNT)
    out = out.split(secrets.account).join(PLACEHOLDER_ACCOUNT);
  for (const { value } of CREDENTIALS) if (value) out = out.replace(...value);
  return out;
}

/** A JSON value with every string redacted. */
export function redactJson<T>(value: T, secrets: Secrets): T {
  return JSON.parse(redactText(JSON.stringify(value), secrets)) as T;
}

/** The kinds of credential `text` shows any sign of ('a SigV4 signature', ...). */
export const credentialsIn = (text: string): string[] =>
  CREDENTIALS.filter(({ sign }) => sign.test(text)).map(({ what }) => what);

/** Every number in `text` that could be an account id, in order, repeats included. */
export const accountIdsIn = (text: string): string[] =>
  [...text.matchAll(ACCOUNT_ID)].map((m) => m[0]);
