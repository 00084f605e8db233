// The error name a raw response carries (contract/error-name.ts).
import { errorNameIn } from '../../contract/index.js';
import type { RawResponse } from '../raw-call.js';

export { bareErrorName } from '../../contract/index.js';

export const errorNameOf = (res: RawResponse): string | undefined =>
  errorNameIn(res.headers, res.json);
