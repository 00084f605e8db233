// The one parser of numbers given as text (flags, environment variables): each caller says what
// a wrong value means in its own words, so this answers undefined instead of throwing.

/** `raw` as a whole number of at least `min`, or undefined when it is not one. */
export function parseWholeNumber(raw: string, min = 0): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isSafeInteger(n) && n >= min ? n : undefined;
}

/** `raw` as a finite number above zero (a rate, a number of calls), or undefined. */
export function parsePositiveNumber(raw: string): number | undefined {
  if (raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n > 0 ? n : undefined;
}
