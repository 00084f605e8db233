// A failed check as plain text: the error, the exchanges that led to it (what was sent, what
// came back) and the command that replays it. JUnit bodies and the HTML details both show this.
import type { Exchange } from '../../harness/exchange-log.js';
import type { CheckResult } from '../model.js';

/**
 * An endpoint may answer megabytes; CI systems choke on JUnit files that size and nobody reads
 * past the start. report.json keeps every body whole.
 */
export const MAX_BODY = 16_384;

/** `body` cut at MAX_BODY code points (an astral character is never cut in half). */
export function clipBody(body: string): string {
  if (body.length <= MAX_BODY) return body;
  const points = Array.from(body);
  if (points.length <= MAX_BODY) return body;
  const rest = points.length - MAX_BODY;
  return `${points.slice(0, MAX_BODY).join('')}… (${rest} more characters in report.json)`;
}

/** Epoch milliseconds as ISO time; a value no Date can hold is shown as it is, not thrown on. */
const time = (ms: number): string => {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? String(ms) : d.toISOString();
};

const headerLines = (headers: Record<string, string>): string[] =>
  Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`);

export function sentText(e: Exchange): string {
  return [
    `sent ${e.operation || '(no operation)'} at ${time(e.sentAt)}`,
    ...headerLines(e.request.headers),
    `  ${clipBody(e.request.body)}`,
  ].join('\n');
}

export function receivedText(e: Exchange): string {
  return [
    `received HTTP ${e.response.status} after ${e.receivedAt - e.sentAt} ms`,
    ...headerLines(e.response.headers),
    `  ${clipBody(e.response.body)}`,
  ].join('\n');
}

export function failureText(check: CheckResult): string {
  const parts = [check.error ?? '(no error message)'];
  const exchanges = check.exchanges ?? [];
  if (exchanges.length > 0) {
    parts.push(
      `last ${exchanges.length} exchange(s):\n` +
        exchanges.map((e) => `${sentText(e)}\n${receivedText(e)}`).join('\n\n'),
    );
  }
  if (check.replay) parts.push(`replay: ${check.replay}`);
  return parts.join('\n\n');
}

/** The first non-empty line of an error: what a one-line summary shows. */
export function firstLine(text: string | undefined): string {
  return (text ?? '').split('\n').find((l) => l.trim() !== '') ?? '';
}
