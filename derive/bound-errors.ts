// Two rewrites of ajv's standalone code, so that validating a message costs O(its size) however
// many problems it has:
// - ajv merges a sub-schema's errors with `vErrors = vErrors.concat(...)`: one copy of the list so
//   far per failing array item, O(n^2) for n bad items (75,000 bad tags took 30 s). Appending in
//   place gives the same errors in the same order in O(n).
// - every error found is an object with its path built as a string: a 1 MiB body of bad items
//   made 700,000 of them (a second of CPU). A validator stops once it has ERROR_LIMIT errors.
//   That is sound because no schema of the contract discards errors (no anyOf, oneOf, not or if,
//   whose failed branches ajv would drop): once a validator has an error, the message is invalid.

import { ERROR_LIMIT } from '../common/error-limit.js';

export { ERROR_LIMIT };

const MERGE =
  /vErrors = vErrors === null \? (validate\d+)\.errors : vErrors\.concat\(\1\.errors\);/g;

// The start of each validator function (they are not nested), and each place an error is counted.
const COUNTED = /function (validate\d+)\(|errors\+\+;|errors = vErrors\.length;/g;

function unknownShape(): Error {
  return new Error(
    'ajv collects validation errors in an unknown way; update derive/bound-errors.ts',
  );
}

/** The validators' code with every error merge appending in place. */
export function appendErrorsInPlace(code: string): string {
  let merges = 0;
  const linear = code.replace(MERGE, (_all, source: string) => {
    merges++;
    return `if (vErrors === null) {vErrors = ${source}.errors;} else {for (const e of ${source}.errors) vErrors.push(e);}`;
  });
  // A new ajv that merges some other way must be looked at, not silently left quadratic.
  if (merges === 0 || linear.includes('.concat(')) throw unknownShape();
  return linear;
}

/** The validators' code with each validator returning once it holds ERROR_LIMIT errors. */
export function stopAtErrorLimit(code: string): string {
  // Error counts that go down would mean discarded errors: stopping early would then be wrong.
  if (/errors = _errs|\berrors--/.test(code)) throw unknownShape();
  let current: string | undefined;
  let stops = 0;
  const bounded = code.replace(COUNTED, (found, fn: string | undefined) => {
    if (fn !== undefined) {
      current = fn;
      return found;
    }
    if (current === undefined) throw unknownShape();
    stops++;
    return `${found}if (errors >= ${ERROR_LIMIT}) {${current}.errors = vErrors; return false;}`;
  });
  if (stops === 0) throw unknownShape();
  return bounded;
}
