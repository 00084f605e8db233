// JSON text that is the same for structurally equal values: object keys sorted, no whitespace.
// The matrix compares what targets observed by this text, so two values that differ only in the
// order their keys were written in are one value, and shows it, so equal values also look equal.

/**
 * What JSON.stringify writes for `value`, with every object's keys in one order whatever order
 * they were set in (sorted; integer-like keys still come first, in numeric order, as JavaScript
 * enumerates them).
 */
export function canonicalJson(value: unknown): string {
  // A report read from report.json holds only JSON values; undefined is what an array written
  // to JSON turns into null, so it is shown as that rather than as nothing.
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  // toJSON (a Date) decides its own form before keys are sorted, as JSON.stringify would.
  const json = (value as { toJSON?: () => unknown }).toJSON;
  if (typeof json === 'function') return sortKeys(json.call(value));
  const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  );
  return Object.fromEntries(entries.map(([k, v]) => [k, sortKeys(v)]));
}

/** `value` as indented JSON with sorted keys, for reading a long value in full. */
export function canonicalJsonIndented(value: unknown): string {
  return JSON.stringify(sortKeys(value), null, 2) ?? 'null';
}
