// What "rejected" means for an invalid input: a constraint violation must get
// InvalidRequestException; a malformed value (a member of the wrong JSON type, a body that is not
// an object) may get any named 4xx, as AWS JSON services answer input they cannot parse with
// SerializationException (see CONN-INVALID-REJECTED and WIRE-MALFORMED-4XX).
import type { RequirementId } from '../../contract/index.js';
import type { Invalid } from '../../generators/index.js';
import type { RawResponse } from '../raw-call.js';
import { RequirementFailure } from './meta.js';
import { errorNameOf } from './raw-errors.js';

export function assertRejected(res: RawResponse, invalid: Invalid): void {
  const error = errorNameOf(res);
  if (res.status < 300) {
    throw new RequirementFailure(
      [invalid.requirement, 'CONN-INVALID-REJECTED'],
      `${invalid.reason} at ${invalid.path || '(body)'}: accepted with HTTP ${res.status}`,
    );
  }
  const ok =
    invalid.kind === 'malformed'
      ? res.status >= 400 && res.status < 500 && error !== undefined
      : error === 'InvalidRequestException';
  if (!ok) {
    const wanted = invalid.kind === 'malformed' ? 'a named 4xx error' : 'InvalidRequestException';
    // Another error for a constraint violation (ResourceNotFoundException for a malformed ARN,
    // say) means the target never enforced the constraint: both requirements are broken.
    // A malformed value answered with a 5xx was not recognised as malformed either.
    const broken: RequirementId[] =
      invalid.kind === 'malformed' && res.status < 500
        ? ['CONN-INVALID-REJECTED']
        : [invalid.requirement, 'CONN-INVALID-REJECTED'];
    throw new RequirementFailure(
      broken,
      `${invalid.reason} at ${invalid.path || '(body)'}: answered ${error ?? 'an unnamed error'} (HTTP ${res.status}), expected ${wanted}`,
    );
  }
}
