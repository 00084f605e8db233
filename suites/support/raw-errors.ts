// The error name a raw response carries, read as clients read it: the X-Amzn-ErrorType header
// first (the JS SDK), else __type or code in the body (botocore), namespace and suffix removed.
import type { RawResponse } from '../../targets/raw-call.js';

export function bareErrorName(value: string): string {
  return value.replace(/^.*#/, '').replace(/:.*$/, '');
}

export function errorNameOf(res: RawResponse): string | undefined {
  const header = res.headers['x-amzn-errortype'];
  if (header) return bareErrorName(header);
  const body = res.json as { __type?: unknown; code?: unknown } | undefined;
  const type = body?.__type ?? body?.code;
  return typeof type === 'string' ? bareErrorName(type) : undefined;
}
