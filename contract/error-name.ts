// The error name an answer carries, read as the JS SDK reads it: the X-Amzn-ErrorType header
// first, else __type or code in the body (botocore), namespace and suffix removed. Shared by the
// suites' wire checks and the live run's retry accounting.
/**
 * An error name without its namespace or suffix.
 *
 * @example
 * ```ts
 * bareErrorName('com.amazonaws.apprunner#InvalidRequestException'); // 'InvalidRequestException'
 * ```
 */
export function bareErrorName(value: string): string {
  return value.replace(/^.*#/, '').replace(/:.*$/, '');
}

/**
 * The bare error name an answer carries: its X-Amzn-ErrorType header, else `__type` or `code` in
 * its JSON body; undefined when it names none.
 *
 * @param headers - The answer's headers, with lower-case names.
 * @param json - The answer's body, parsed.
 */
export function errorNameIn(headers: Record<string, string>, json: unknown): string | undefined {
  const header = headers['x-amzn-errortype'];
  if (header) return bareErrorName(header);
  const body = json as { __type?: unknown; code?: unknown } | null | undefined;
  const type = body?.__type ?? body?.code;
  return typeof type === 'string' ? bareErrorName(type) : undefined;
}
