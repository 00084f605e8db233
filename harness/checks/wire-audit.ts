// The wire rules judged on every exchange of a run, not only on one scenario's answers: the facts
// say each rule holds for every answer (every page, every kind of error). Pure: exchanges in,
// violations out, each naming the exchange it was found on. Tolerant of what the contract leaves
// free: __type bare or namespaced, 400 or 402 for the quota, extra members and headers, the
// protocol errors a malformed request gets (only their headers and __type are judged here).
import { ERRORS, OPERATIONS, type RequirementId } from '../../contract/index.js';
import { bareErrorName } from '../../contract/index.js';
import type { Exchange } from '../exchange-log.js';
import { retryableKind } from '../../live/retryable-answer.js';
import { jsonObject } from './json-body.js';
import type { WireAudit } from './meta.js';

/** The requirements the audit judges, in the order a report lists them. */
export const AUDITED: readonly RequirementId[] = [
  'WIRE-CONTENT-TYPE',
  'WIRE-REQUEST-ID',
  'WIRE-SUCCESS-200',
  'WIRE-EMPTY-OUTPUT',
  'WIRE-ERROR-TYPE-BODY',
  'WIRE-ERROR-MESSAGE',
  'WIRE-ERROR-STATUS',
];

export interface WireViolation {
  requirement: RequirementId;
  /** What was wrong, and on which exchange: operation, request body, status. */
  detail: string;
  exchange: Exchange;
}

/** The model states 402, the API reference 400: either is conformant until observed. */
const STATUSES = new Map<string, readonly number[]>(
  ERRORS.errors.map((e) => [
    e.name,
    e.name === 'ServiceQuotaExceededException' ? [400, 402] : [e.httpStatus],
  ]),
);
const TAGGING = new Set(['TagResource', 'UntagResource']);
const REQUEST_SHOWN = 160;

const mediaType = (value: string | undefined): string =>
  (value ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** The exchange in one line: which call, with what, answered how. */
export function describeExchange(e: Exchange): string {
  const body =
    e.request.body.length > REQUEST_SHOWN
      ? `${e.request.body.slice(0, REQUEST_SHOWN)}...`
      : e.request.body;
  return `${e.operation || '(no operation)'} ${body} -> HTTP ${e.response.status}`;
}

/**
 * The wire rules one answer breaks, whatever its kind: the audit leaves out the answers a client
 * retries, so a check that provokes one on purpose (a scheduled 500) judges it with this.
 */
export function auditOne(e: Exchange): { requirement: RequirementId; what: string }[] {
  const found: { requirement: RequirementId; what: string }[] = [];
  const fail = (requirement: RequirementId, what: string) => found.push({ requirement, what });
  const { status, headers, body } = e.response;
  const type = headers['content-type'];
  if (mediaType(type) !== OPERATIONS.contentType)
    fail('WIRE-CONTENT-TYPE', `Content-Type ${type ?? '(none)'}`);
  if (!/\S/.test(headers['x-amzn-requestid'] ?? '')) fail('WIRE-REQUEST-ID', 'no x-amzn-RequestId');
  const json = jsonObject(body);
  if (status < 300) {
    if (status !== 200) fail('WIRE-SUCCESS-200', `a success with HTTP ${status}`);
    if (!json)
      fail(
        TAGGING.has(e.operation) ? 'WIRE-EMPTY-OUTPUT' : 'WIRE-SUCCESS-200',
        `a body that is not a JSON object: ${body.slice(0, 100)}`,
      );
    return found;
  }
  const typeName = json?.__type;
  const header = headers['x-amzn-errortype'];
  if (typeof typeName !== 'string') {
    fail(
      'WIRE-ERROR-TYPE-BODY',
      `no __type in the body ${body.slice(0, 100)}${header ? ` (X-Amzn-ErrorType ${header})` : ''}`,
    );
    return found;
  }
  const name = bareErrorName(typeName);
  // botocore reads only __type: a header naming another error misleads the JS SDK alone.
  if (header && bareErrorName(header) !== name)
    fail('WIRE-ERROR-TYPE-BODY', `__type ${typeName} disagrees with X-Amzn-ErrorType ${header}`);
  const modeled = STATUSES.get(name);
  if (!modeled) return found; // a protocol error: WIRE-MALFORMED-4XX and WIRE-ERROR-MODELED judge it
  if (typeof json?.Message !== 'string')
    fail('WIRE-ERROR-MESSAGE', `${name} with Message ${JSON.stringify(json?.Message)}`);
  if (!modeled.includes(status))
    fail(
      'WIRE-ERROR-STATUS',
      `${name} with HTTP ${status}, the model states ${modeled.join(' or ')}`,
    );
  return found;
}

/**
 * Every wire violation in `exchanges`. Answers a client retries (throttling, transient failures)
 * are left out: they say how busy a live account was, and are counted apart.
 */
export function auditExchanges(exchanges: readonly Exchange[]): WireViolation[] {
  return exchanges
    .filter((e) => retryableKind(e.response) === undefined)
    .flatMap((exchange) =>
      auditOne(exchange).map(({ requirement, what }) => ({
        requirement,
        detail: `${describeExchange(exchange)}: ${what}`,
        exchange,
      })),
    );
}

/** Violations kept per requirement: the count says how many more there were. */
const KEPT = 3;

/** The audit of one test file, small enough to travel to the reporter. */
export function auditSummary(exchanges: readonly Exchange[]): WireAudit {
  const counts: Record<string, number> = {};
  const violations: WireViolation[] = [];
  for (const v of auditExchanges(exchanges)) {
    counts[v.requirement] = (counts[v.requirement] ?? 0) + 1;
    if ((counts[v.requirement] ?? 0) <= KEPT) violations.push(v);
  }
  return { exchanges: exchanges.length, counts, violations };
}
