// How a live run marks what it creates, so that a leftover can always be traced to its run and
// swept: names start with a recognisable run prefix, and every connection carries tags naming
// the run and the time of its creation.
import { randomBytes } from 'node:crypto';

/** cfm-<4 hex>-: short enough to leave 23 code points of a 32-character name to the suites. */
export const LIVE_NAME_PATTERN = /^cfm-[0-9a-f]{4}-/;
export const RUN_TAG_KEY = 'conformance-run';
export const CREATED_TAG_KEY = 'conformance-created';

export function newRunId(): string {
  return `cfm-${randomBytes(2).toString('hex')}`;
}

export function namePrefixOf(runId: string): string {
  return `${runId}-`;
}

export function trackingTags(runId: string, now = new Date()): { Key: string; Value: string }[] {
  return [
    { Key: RUN_TAG_KEY, Value: runId },
    { Key: CREATED_TAG_KEY, Value: now.toISOString() },
  ];
}

export const isTrackingTagKey = (key: string | undefined): boolean =>
  key === RUN_TAG_KEY || key === CREATED_TAG_KEY;
