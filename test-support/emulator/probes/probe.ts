// A probe is the smallest scenario that shows whether one requirement holds. Each deviation has
// one; deviations.int.test.ts runs it against the faithful emulator (must hold) and against the
// emulator with the deviation (must not), with the same options.
import type { OperationName } from '../../../contract/index.js';
import type { EmulatorOptions } from '../../../emulator/options.js';
import { errorName, rawCall, type RawResponse } from '../raw-call.js';

export interface Probe {
  options?: EmulatorOptions;
  /** True when the requirement the deviation breaks holds in this scenario. */
  holds(url: string): Promise<boolean>;
}

export const call = (url: string, op: OperationName, body: unknown, region?: string) =>
  rawCall(url, op, body, region === undefined ? {} : { region });

export async function create(
  url: string,
  name: string,
  extra: Record<string, unknown> = {},
  region?: string,
): Promise<RawResponse> {
  return call(
    url,
    'CreateConnection',
    { ConnectionName: name, ProviderType: 'GITHUB', ...extra },
    region,
  );
}

/** The created connection's members (the probe fails loudly if creation failed). */
export async function created(
  url: string,
  name: string,
  extra: Record<string, unknown> = {},
): Promise<Record<string, unknown> & { arn: string }> {
  const response = await create(url, name, extra);
  const connection = response.json?.Connection as Record<string, unknown> | undefined;
  if (!connection)
    throw new Error(`CreateConnection ${name} failed: ${response.status} ${response.text}`);
  return { ...connection, arn: connection.ConnectionArn as string };
}

export async function tagsOf(url: string, arn: string): Promise<unknown> {
  return (await call(url, 'ListTagsForResource', { ResourceArn: arn })).json?.Tags;
}

export async function listed(url: string, body: Record<string, unknown> = {}) {
  const response = await call(url, 'ListConnections', body);
  return {
    response,
    summaries: (response.json?.ConnectionSummaryList ?? []) as Record<string, unknown>[],
    token: response.json?.NextToken as string | undefined,
  };
}

export const isError = (response: RawResponse, name: string) => errorName(response) === name;

/** A well-formed connection ARN that names no connection. */
export const UNKNOWN_ARN = `arn:aws:apprunner:us-east-1:000000000000:connection/nobody/${'0'.repeat(32)}`;
