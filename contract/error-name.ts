// The error name an answer carries, read as the JS SDK reads it: the X-Amzn-ErrorType header
// first, else __type or code in the body (botocore), namespace and suffix removed. Shared by the
// suites' wire checks and the live run's retry accounting.
export function bareErrorName(value: string): string {
  return value.replace(/^.*#/, '').replace(/:.*$/, '');
}

export function errorNameIn(headers: Record<string, string>, json: unknown): string | undefined {
  const header = headers['x-amzn-errortype'];
  if (header) return bareErrorName(header);
  const body = json as { __type?: unknown; code?: unknown } | null | undefined;
  const type = body?.__type ?? body?.code;
  return typeof type === 'string' ? bareErrorName(type) : undefined;
}
