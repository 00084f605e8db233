// ajv's standalone code merges a sub-schema's errors with `vErrors = vErrors.concat(...)`: one
// copy of the list so far per failing array item, so a list of n bad items costs O(n^2) (75,000
// bad tags took 30 s). Appending in place gives the same errors in the same order in O(n).
const MERGE =
  /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;

/** The validators' code with every error merge appending in place. */
export function appendErrorsInPlace(code: string): string {
  let merges = 0;
  const linear = code.replace(MERGE, (_all, source: string) => {
    merges++;
    return `if (vErrors === null) {vErrors = ${source}.errors;} else {for (const e of ${source}.errors) vErrors.push(e);}`;
  });
  // A new ajv that merges some other way must be looked at, not silently left quadratic.
  if (merges === 0 || linear.includes('.concat(')) {
    throw new Error(
      'ajv merges validation errors in an unknown way; update derive/append-errors.ts',
    );
  }
  return linear;
}
