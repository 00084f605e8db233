// The error name a raw response carries (harness/error-name.ts).
import { errorNameIn } from '../error-name.js';
import type { RawResponse } from '../raw-call.js';

export { bareErrorName } from '../error-name.js';

export const errorNameOf = (res: RawResponse): string | undefined =>
  errorNameIn(res.headers, res.json);
