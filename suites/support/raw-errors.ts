// The error name a raw response carries (targets/error-name.ts).
import { errorNameIn } from '../../targets/error-name.js';
import type { RawResponse } from '../../targets/raw-call.js';

export { bareErrorName } from '../../targets/error-name.js';

export const errorNameOf = (res: RawResponse): string | undefined =>
  errorNameIn(res.headers, res.json);
